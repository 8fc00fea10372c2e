package io.certbadge.common;

import jakarta.enterprise.context.ApplicationScoped;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random, unguessable public ids: 128 bits, base64url, never derived from a database key. */
@ApplicationScoped
public class PublicIds {

    private static final int ID_BYTES = 16;
    private static final int SALT_BYTES = 16;

    private final SecureRandom random;

    public PublicIds(SecureRandom random) {
        this.random = random;
    }

    /** A fresh salt for an identity hash: 16 random bytes as hex. */
    public String salt() {
        byte[] bytes = new byte[SALT_BYTES];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    public String next() {
        byte[] bytes = new byte[ID_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether {@code candidate} could be an id we made; cheap screening before a database look-up. */
    public static boolean looksValid(String candidate) {
        return candidate != null && candidate.length() == 22 && candidate.chars().allMatch(PublicIds::isBase64Url);
    }

    private static boolean isBase64Url(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }
}
