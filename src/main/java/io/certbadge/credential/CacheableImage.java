package io.certbadge.credential;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A generated image answered with a content-derived ETag, so a client's If-None-Match gets a 304. */
final class CacheableImage {

    private static final int TAG_BYTES = 16;

    private CacheableImage() {
    }

    static Response respond(Request request, Object body, String mediaType, String cacheControl) {
        EntityTag tag = new EntityTag(hash(body));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder response = notModified != null ? notModified : Response.ok(body, mediaType);
        return response.tag(tag).header(HttpHeaders.CACHE_CONTROL, cacheControl).build();
    }

    private static String hash(Object body) {
        byte[] bytes = body instanceof byte[] b ? b : body.toString().getBytes(StandardCharsets.UTF_8);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest, 0, TAG_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
