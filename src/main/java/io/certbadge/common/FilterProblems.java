package io.certbadge.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.RoutingContext;

/**
 * Problem+json answers written by HTTP route filters, which run before JAX-RS and its exception
 * mappers: the same body as {@link ProblemMapper} writes, request id included.
 */
final class FilterProblems {

    private FilterProblems() {
    }

    static void send(RoutingContext rc, ObjectMapper json, ProblemType type, String detail) {
        String id = RequestIds.of(rc);
        Problem problem = new Problem(type.uri(), type.title(), type.status(), detail,
                id == null ? null : "urn:certbadge:request:" + id, null, null);
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem always serialises", e);
        }
        rc.response().setStatusCode(type.status()).putHeader("Content-Type", Problem.MEDIA_TYPE).end(body);
    }
}
