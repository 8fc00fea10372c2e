package io.certbadge.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.web.RouteFilter;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A multipart body without a usable boundary cannot be read: the form parser failed on an empty or
 * half-quoted one with a StringIndexOutOfBoundsException, a 500. RFC 2046 §5.1.1: 1 to 70
 * characters of a small set, not ending in a space, optionally quoted. Anything else is a 400.
 */
@ApplicationScoped
public class MultipartBoundary {

    private static final Pattern PARAMETER = Pattern.compile("(?i);\\s*boundary\\s*=\\s*(\"[^\"]*\"?|[^;\\s]*)");
    private static final Pattern BOUNDARY = Pattern.compile("[0-9A-Za-z'()+_,\\-./:=? ]{0,69}[0-9A-Za-z'()+_,\\-./:=?]");

    private final ObjectMapper json;

    public MultipartBoundary(ObjectMapper json) {
        this.json = json;
    }

    /** Before the body is read (RequestBodyLimits is 100). */
    @RouteFilter(150)
    void check(RoutingContext rc) {
        String type = rc.request().getHeader("Content-Type");
        if (type != null && type.strip().toLowerCase(Locale.ROOT).startsWith("multipart/") && !valid(type)) {
            rc.response().putHeader("Connection", "close");
            FilterProblems.send(rc, json, ProblemType.MALFORMED_REQUEST, "A multipart Content-Type needs a boundary"
                    + " parameter of 1 to 70 characters (RFC 2046), e.g. multipart/form-data; boundary=x1y2z3.");
            return;
        }
        rc.next();
    }

    static boolean valid(String contentType) {
        Matcher parameter = PARAMETER.matcher(contentType);
        if (!parameter.find()) {
            return false;
        }
        String value = parameter.group(1);
        if (value.startsWith("\"")) {
            if (value.length() < 2 || !value.endsWith("\"")) {
                return false;
            }
            value = value.substring(1, value.length() - 1);
        }
        return BOUNDARY.matcher(value).matches();
    }
}
