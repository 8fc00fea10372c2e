package io.certbadge.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** Page or JSON for a URL that serves both people and programs, decided by the client's Accept header. */
public final class Negotiation {

    private Negotiation() {
    }

    /**
     * True when the client's most preferred type (JAX-RS lists them by q-value) is HTML;
     * {@code wildcardMeansHtml} decides a bare {@code *}{@code /*} or a missing Accept header.
     * Browsers list text/html first; API clients ask for JSON.
     */
    public static boolean wantsHtml(HttpHeaders headers, boolean wildcardMeansHtml) {
        return wantsHtml(headers.getAcceptableMediaTypes(), wildcardMeansHtml);
    }

    /** The same, for filters, which see the acceptable types but no {@link HttpHeaders}. */
    public static boolean wantsHtml(List<MediaType> acceptable, boolean wildcardMeansHtml) {
        for (MediaType type : acceptable) {
            if (type.isWildcardType()) {
                return wildcardMeansHtml;
            }
            String subtype = type.getSubtype();
            if ("text".equals(type.getType()) && ("html".equals(subtype) || type.isWildcardSubtype())
                    || "xhtml+xml".equals(subtype)) {
                return true;
            }
            if ("json".equals(subtype) || subtype.endsWith("+json") || "application".equals(type.getType())
                    && type.isWildcardSubtype()) {
                return false;
            }
        }
        return wildcardMeansHtml;
    }
}
