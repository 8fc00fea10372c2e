package io.certbadge.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.web.RouteFilter;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.Locale;

/**
 * Every request body has a limit that depends on its route (see {@link #limitFor}), whether its
 * size is declared ({@code Content-Length}) or not (chunked). A declared size over the limit is
 * refused before a byte is read; an undeclared one is counted while it streams in and refused the
 * moment it passes the limit. Either way the answer is a 413 problem+json and the connection is
 * closed. A counted body that stays within its limit is handed on to JAX-RS by {@link BufferedBodies}.
 */
@ApplicationScoped
public class RequestBodyLimits {

    /** Where a counted (chunked) body waits for JAX-RS. */
    static final String BODY = RequestBodyLimits.class.getName() + ".body";

    private static final Logger LOG = Logger.getLogger(RequestBodyLimits.class);

    private final CertbadgeConfig.Limits limits;
    private final ObjectMapper json;

    public RequestBodyLimits(CertbadgeConfig config, ObjectMapper json) {
        this.limits = config.limits();
        this.json = json;
    }

    /** After the rate limit (200): a client over its budget is refused before its body is read. */
    @RouteFilter(100)
    void limit(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        HttpMethod method = request.method();
        if (method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS) {
            rc.next();
            return;
        }
        long limit = limitFor(rc.normalizedPath(), request.getHeader("Content-Type"));
        String declared = request.getHeader("Content-Length");
        if (declared != null) {
            long length = parse(declared);
            if (length > limit) {
                refuse(rc, limit, "The body is " + length + " bytes; the limit here is " + limit + " bytes.");
            } else {
                rc.next(); // the HTTP codec never delivers more than the declared length
            }
            return;
        }
        count(rc, limit);
    }

    /** Reads an undeclared body, at most {@code limit} bytes, then lets the request go on. */
    private void count(RoutingContext rc, long limit) {
        HttpServerRequest request = rc.request();
        if (request.isEnded()) {
            rc.next(); // no body at all
            return;
        }
        Buffer body = Buffer.buffer();
        boolean[] refused = {false};
        request.handler(chunk -> {
            if (refused[0]) {
                return;
            }
            if (body.length() + (long) chunk.length() > limit) {
                refused[0] = true;
                refuse(rc, limit, "The body is more than " + limit + " bytes, the limit here.");
                return;
            }
            body.appendBuffer(chunk);
        });
        request.exceptionHandler(e -> LOG.debugf("request body of %s %s not received: %s", request.method(),
                rc.normalizedPath(), e.toString()));
        request.endHandler(ignored -> {
            if (!refused[0]) {
                rc.put(BODY, body);
                rc.next();
            }
        });
        if ("100-continue".equalsIgnoreCase(request.getHeader("Expect"))) {
            rc.response().writeContinue();
        }
        request.resume();
    }

    private void refuse(RoutingContext rc, long limit, String detail) {
        LOG.debugf("413 for %s %s: over %d bytes", rc.request().method(), rc.normalizedPath(), limit);
        rc.response().putHeader("Connection", "close");
        FilterProblems.send(rc, json, ProblemType.PAYLOAD_TOO_LARGE, detail);
    }

    /**
     * The API takes JSON records (the batch up to 1,000 of them); the public verifiers take one
     * presented credential, or a baked badge image (or a form carrying one) on {@code POST /verify}.
     */
    long limitFor(String path, String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (path.startsWith("/api/v1/credentials/batch")) {
            return limits.batchBodyBytes();
        }
        if (path.startsWith("/api/")) {
            return limits.apiBodyBytes();
        }
        if (path.equals("/verify") || path.equals("/verify/")) {
            boolean image = type.startsWith("image/") || type.startsWith("multipart/form-data");
            return image ? limits.uploadBytes() : limits.credentialBytes();
        }
        if (path.startsWith("/credentials/verify")) {
            return limits.credentialBytes();
        }
        return limits.apiBodyBytes();
    }

    private static long parse(String header) {
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE; // a length nobody can check is refused as too large
        }
    }
}
