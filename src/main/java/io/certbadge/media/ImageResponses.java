package io.certbadge.media;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** The HTTP side of every image the service serves: validators, caching, file name and, for SVG, a CSP. */
public final class ImageResponses {

    /**
     * A served SVG is a document a browser may open on our origin; with no script, no external
     * fetch and a sandbox it can only ever draw itself.
     */
    public static final String SVG_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

    /**
     * A day: the URL of an image stays the same when a release redraws the artwork, so caches
     * revalidate daily and the ETag makes that a 304 without a body. no-transform because a proxy
     * that recompresses a PNG would drop the credential baked into it.
     */
    public static final String CACHE_CONTROL = "public, max-age=86400, no-transform";

    private ImageResponses() {
    }

    /**
     * 304 when {@code ifNoneMatch} (the request's If-None-Match, may be null) already names this
     * image, else the image itself.
     */
    public static Response respond(String ifNoneMatch, ServedImage image, String fileName) {
        Response.ResponseBuilder response = matches(ifNoneMatch, image.etag())
                ? Response.notModified()
                : Response.ok(image.bytes(), image.mediaType())
                        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + fileName + "\"");
        if (image.isSvg()) {
            response.header("Content-Security-Policy", SVG_CONTENT_SECURITY_POLICY);
        }
        return response.tag(new EntityTag(image.etag())).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).build();
    }

    /**
     * RFC 9110 §13.1.2: weak comparison, so a tag a compressing proxy marked weak ({@code W/"…"})
     * still matches; {@code *} matches any image. The JAX-RS precondition check compares strongly.
     */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("\"" + etag + "\"")) {
                return true;
            }
        }
        return false;
    }
}
