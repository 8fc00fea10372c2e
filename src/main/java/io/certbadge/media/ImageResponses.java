package io.certbadge.media;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
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

    /** 304 when the client's If-None-Match already names this image, else the image itself. */
    public static Response respond(Request request, ServedImage image, String fileName) {
        EntityTag etag = new EntityTag(image.etag());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
        Response.ResponseBuilder response = notModified != null
                ? notModified
                : Response.ok(image.bytes(), image.mediaType())
                        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + fileName + "\"");
        if (image.isSvg()) {
            response.header("Content-Security-Policy", SVG_CONTENT_SECURITY_POLICY);
        }
        return response.tag(etag).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).build();
    }
}
