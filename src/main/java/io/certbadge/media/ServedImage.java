package io.certbadge.media;

import io.certbadge.common.Hashing;

/**
 * An image as the service sends it: its bytes, media type and a strong ETag derived from the
 * bytes, so the tag changes exactly when the image does (a new release may redraw the artwork).
 */
public record ServedImage(byte[] bytes, String mediaType, String etag) {

    public static final String PNG = "image/png";
    public static final String SVG = "image/svg+xml";

    /** 128 bits of SHA-256 tell apart every image we will ever serve. */
    private static final int ETAG_HEX_CHARS = 32;

    public static ServedImage png(byte[] bytes) {
        return of(bytes, PNG);
    }

    public static ServedImage svg(String svg) {
        return of(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8), SVG);
    }

    private static ServedImage of(byte[] bytes, String mediaType) {
        return new ServedImage(bytes, mediaType, Hashing.sha256Hex(bytes).substring(0, ETAG_HEX_CHARS));
    }

    public boolean isSvg() {
        return SVG.equals(mediaType);
    }
}
