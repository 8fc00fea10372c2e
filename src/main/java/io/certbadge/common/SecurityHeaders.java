package io.certbadge.common;

import io.quarkus.vertx.web.RouteFilter;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Headers every answer of a kind must carry, set as the headers go out so that no handler can
 * forget or override them: API answers hold e-mail addresses and are never stored by a cache;
 * with an https {@code {base}} browsers are told to come back over https only; Swagger UI (served
 * only where configured) may run its own script and nothing else.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String HSTS = "max-age=31536000";
    static final String SWAGGER_UI_CSP = "default-src 'none'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private final boolean https;

    public SecurityHeaders(PublicUrls urls) {
        this.https = urls.base().startsWith("https://");
    }

    /** Before everything that may answer early (RequestIds is 1000), so refusals carry them too. */
    @RouteFilter(1100)
    void add(RoutingContext rc) {
        String path = rc.normalizedPath();
        HttpServerResponse response = rc.response();
        boolean api = path.startsWith("/api/");
        boolean swaggerUi = path.startsWith("/q/swagger-ui");
        if (api || https || swaggerUi) {
            rc.addHeadersEndHandler(ignored -> {
                if (api) {
                    response.putHeader("Cache-Control", "no-store");
                }
                if (https) {
                    response.putHeader("Strict-Transport-Security", HSTS);
                }
                if (swaggerUi) {
                    response.putHeader("Content-Security-Policy", SWAGGER_UI_CSP);
                }
            });
        }
        rc.next();
    }
}
