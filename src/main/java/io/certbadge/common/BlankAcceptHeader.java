package io.certbadge.common;

import io.quarkus.vertx.web.RouteFilter;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * An {@code Accept} header with no value (some HTTP libraries send one) made content negotiation
 * fail with a 500. RFC 9110 §12.5.1 lets a server treat it like no header at all, i.e. accept
 * anything, which is what the client means.
 */
@ApplicationScoped
public class BlankAcceptHeader {

    @RouteFilter(900)
    void dropBlankAccept(RoutingContext rc) {
        String accept = rc.request().getHeader("Accept");
        if (accept != null && accept.isBlank()) {
            rc.request().headers().remove("Accept");
        }
        rc.next();
    }
}
