package io.certbadge.common;

import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Puts the request id into every problem+json body as its RFC 9457 {@code instance} (the URI of
 * this occurrence of the problem), so a caller who only logged the body can still quote it.
 */
public class ProblemRequestId {

    private final RequestIds requestIds;

    public ProblemRequestId(RequestIds requestIds) {
        this.requestIds = requestIds;
    }

    @ServerResponseFilter
    public void addRequestId(ContainerResponseContext response) {
        if (response.getEntity() instanceof Problem p && p.instance() == null) {
            String id = requestIds.current();
            if (id != null) {
                response.setEntity(p.inRequest(id));
            }
        }
    }
}
