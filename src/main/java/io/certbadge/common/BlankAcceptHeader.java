package io.certbadge.common;

import io.quarkus.vertx.web.RouteFilter;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;

/**
 * An {@code Accept} header with no value (some HTTP libraries send one) made content negotiation
 * fail with a 500. RFC 9110 §12.5.1 lets a server treat it like no header at all, i.e. accept
 * anything, which is what the client means. An Accept header that does not parse ("foo", or ";;;"
 * found by the fuzz test) made RESTEasy fail with a 500 the same way; it names nothing the service
 * can produce, so it is replaced by a media type no resource produces and negotiation answers the
 * usual 406 problem.
 */
@ApplicationScoped
public class BlankAcceptHeader {

    private static final String UNPARSEABLE = "application/x.certbadge.unparseable-accept";

    @RouteFilter(900)
    void dropBlankAccept(RoutingContext rc) {
        String accept = rc.request().getHeader("Accept");
        if (accept != null && accept.isBlank()) {
            rc.request().headers().remove("Accept");
        } else if (accept != null && !parses(accept)) {
            rc.request().headers().set("Accept", UNPARSEABLE);
        }
        rc.next();
    }

    private static boolean parses(String accept) {
        try {
            for (String range : accept.split(",")) {
                MediaType.valueOf(range.strip());
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
