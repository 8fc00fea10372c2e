package io.certbadge.media;

/**
 * A badge image that cannot be baked or read; the message is one sentence written for the person
 * who uploaded the file, so it can be shown to them as it is.
 */
public class BadgeImageException extends RuntimeException {

    public BadgeImageException(String message) {
        super(message);
    }

    public BadgeImageException(String message, Throwable cause) {
        super(message, cause);
    }
}
