package io.certbadge.common;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.io.ByteArrayInputStream;

/**
 * Gives JAX-RS the body that {@link RequestBodyLimits} already read while counting it: the
 * connection has delivered it once and will not again.
 */
public class BufferedBodies {

    private final CurrentVertxRequest currentRequest;

    public BufferedBodies(CurrentVertxRequest currentRequest) {
        this.currentRequest = currentRequest;
    }

    @ServerRequestFilter(preMatching = true)
    public void restore(ContainerRequestContext request) {
        RoutingContext rc = currentRequest.getCurrent();
        Buffer body = rc == null ? null : rc.get(RequestBodyLimits.BODY);
        if (body != null) {
            request.setEntityStream(new ByteArrayInputStream(body.getBytes()));
        }
    }
}
