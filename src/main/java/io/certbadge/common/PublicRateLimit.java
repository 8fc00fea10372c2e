package io.certbadge.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.web.RouteFilter;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/**
 * Rate-limits the public endpoints before any work is done or any body is read: verifying a
 * presented credential spends the expensive budget, everything else the reads budget (images a
 * cache does not hold are charged again as expensive work where they are drawn). The API is for
 * authenticated systems and health probes come from the platform: neither is limited here.
 */
@ApplicationScoped
public class PublicRateLimit {

    /** The verifiers: each request parses, checks signatures and may run the schema. */
    private static final Set<String> EXPENSIVE_POSTS = Set.of("/verify", "/credentials/verify", "/presentations/verify");

    private final RateLimits limits;
    private final ObjectMapper json;

    public PublicRateLimit(RateLimits limits, ObjectMapper json) {
        this.limits = limits;
        this.json = json;
    }

    /** After RequestIds (1000), before the body limits (100): a refused client's body is never read. */
    @RouteFilter(200)
    void limit(RoutingContext rc) {
        String path = rc.normalizedPath();
        if (!limits.enabled() || path.startsWith("/api/") || path.startsWith("/q/health")) {
            rc.next();
            return;
        }
        boolean expensive = rc.request().method() == HttpMethod.POST && EXPENSIVE_POSTS.contains(stripSlash(path));
        RateLimits.Outcome outcome = limits.take(rc, expensive ? RateLimits.Budget.EXPENSIVE : RateLimits.Budget.READS);
        if (outcome.allowed()) {
            rc.next();
            return;
        }
        rc.response().putHeader("Retry-After", Long.toString(outcome.retryAfterSeconds()));
        FilterProblems.send(rc, json, ProblemType.TOO_MANY_REQUESTS,
                RateLimits.RateLimited.detail(outcome.retryAfterSeconds()));
    }

    private static String stripSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
