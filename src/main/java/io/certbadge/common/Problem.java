package io.certbadge.common;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** An RFC 9457 problem details body. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
                     List<FieldError> errors, String correlationId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A problem the client caused and can fix. */
    public static Problem of(ProblemType type, String detail, List<FieldError> errors) {
        return new Problem(type.uri(), type.title(), type.status(), detail, null, errors, null);
    }

    /** This problem as it occurred in the request with this id: its RFC 9457 {@code instance}. */
    public Problem inRequest(String requestId) {
        return new Problem(type, title, status, detail, "urn:certbadge:request:" + requestId, errors, correlationId);
    }

    /** A failure of ours: only a correlation id to quote, never what went wrong inside. */
    public static Problem internalError(String correlationId) {
        return new Problem(ProblemType.INTERNAL_ERROR.uri(), ProblemType.INTERNAL_ERROR.title(), 500,
                "Something went wrong on our side. Quote the correlation id when you report it.", null, null, correlationId);
    }

    public record FieldError(String field, String message) {
    }
}
