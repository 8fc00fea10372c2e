package io.certbadge.common;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.web.RouteFilter;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an id, echoed as {@code X-Request-Id} on every response (even a 413 or a 404
 * outside the API) and written into the audit trail. A caller's own id is kept when it is a sane
 * token, so the certification system can correlate its logs with ours; anything else is replaced,
 * never reflected, so the header cannot carry injected text into our logs or audit rows.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final String KEY = RequestIds.class.getName();

    @Inject
    CurrentVertxRequest currentRequest;

    /** Runs before every other filter, so early refusals (429, 413) carry the id too. */
    @RouteFilter(1000)
    void assign(RoutingContext rc) {
        String incoming = rc.request().getHeader(HEADER);
        String id = incoming != null && SANE.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
        rc.put(KEY, id);
        rc.response().putHeader(HEADER, id);
        rc.next();
    }

    /** The id given to this request by {@link #assign}. */
    public static String of(RoutingContext rc) {
        return rc.get(KEY);
    }

    /** The id to quote for a failure of ours: the request id, which the caller already has in X-Request-Id. */
    public String correlationId() {
        String id = current();
        return id != null ? id : UUID.randomUUID().toString();
    }

    /** The current request's id, or null outside a request (e.g. at start-up). */
    public String current() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        RoutingContext rc = currentRequest.getCurrent();
        return rc == null ? null : rc.get(KEY);
    }
}
