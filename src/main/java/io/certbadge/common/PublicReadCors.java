package io.certbadge.common;

import io.quarkus.vertx.web.RouteFilter;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * Lets verifiers that run in a browser (wallets, verifier web apps, the 1EdTech validator) fetch
 * what every verifier must read: credentials, status lists, keys, the issuer, achievements,
 * reports and the issuance log. Only GET and HEAD of public paths, never the API; these answers
 * carry no cookie or secret, so any origin may read them.
 */
@ApplicationScoped
public class PublicReadCors {

    static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";

    private static final List<String> PUBLIC_PREFIXES = List.of(
            "/credentials/", "/status/", "/keys/", "/.well-known/", "/issuer", "/achievements/", "/verify/", "/log/");

    @RouteFilter(50)
    void allowReading(RoutingContext rc) {
        HttpMethod method = rc.request().method();
        if ((method == HttpMethod.GET || method == HttpMethod.HEAD) && isPublic(rc.normalizedPath())) {
            rc.response().putHeader(ALLOW_ORIGIN, "*");
        }
        rc.next();
    }

    private static boolean isPublic(String path) {
        return PUBLIC_PREFIXES.stream().anyMatch(path::startsWith);
    }
}
