package io.certbadge.verification;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.certbadge.common.ProblemType;

import java.util.List;

/**
 * The answer of the VC-API verifier endpoints: 200 with {@code verified} true and the checks that
 * ran, or a 422 RFC 9457 problem that also carries {@code verified} false and every error found.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "verified", "checks", "warnings", "errors"})
public record VcApiAnswer(String type, String title, Integer status, String detail, boolean verified,
                          List<String> checks, List<Item> warnings, List<Item> errors) {

    /** One error or warning: a problem type URL and a sentence. */
    public record Item(String type, String message) {
    }

    static VcApiAnswer of(List<String> checks, List<Item> warnings, List<Item> errors) {
        if (errors.isEmpty()) {
            return new VcApiAnswer(null, null, null, null, true, List.copyOf(checks), List.copyOf(warnings), List.of());
        }
        ProblemType problem = ProblemType.NOT_VERIFIED;
        return new VcApiAnswer(problem.uri(), problem.title(), problem.status(), errors.get(0).message(), false,
                List.copyOf(checks), List.copyOf(warnings), List.copyOf(errors));
    }
}
