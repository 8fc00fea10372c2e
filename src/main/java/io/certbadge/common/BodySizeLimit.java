package io.certbadge.common;

import io.quarkus.vertx.web.RouteFilter;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Refuses an oversized body with a 413 problem+json before any of it is read: 1 MiB for the JSON
 * API, a larger limit for credential and badge uploads to {@code POST /verify}.
 */
@ApplicationScoped
public class BodySizeLimit {

    private final CertbadgeConfig.Limits limits;

    public BodySizeLimit(CertbadgeConfig config) {
        this.limits = config.limits();
    }

    @RouteFilter(100)
    void limit(RoutingContext rc) {
        String header = rc.request().getHeader("Content-Length");
        if (header != null && rc.request().method() != HttpMethod.GET) {
            long limit = rc.normalizedPath().startsWith("/verify") ? limits.uploadBytes() : limits.apiBodyBytes();
            long length = parse(header);
            if (length > limit) {
                String body = "{\"type\":\"" + ProblemType.PAYLOAD_TOO_LARGE.uri() + "\",\"title\":\""
                        + ProblemType.PAYLOAD_TOO_LARGE.title() + "\",\"status\":413,\"detail\":\"The body is "
                        + length + " bytes; the limit here is " + limit + " bytes.\"}";
                rc.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("Connection", "close").end(body);
                return;
            }
        }
        rc.next();
    }

    private static long parse(String header) {
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
