package io.certbadge.transparency;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * RFC 9162 §2.1.1 (same as RFC 6962 §2.1): a leaf is hashed as {@code SHA-256(0x00 ‖ data)}, an
 * inner node as {@code SHA-256(0x01 ‖ left ‖ right)}, the empty tree as {@code SHA-256()}. The
 * different prefixes keep a leaf from ever being passed off as an inner node.
 */
public final class MerkleHashes {

    public static final int SIZE = 32;

    private MerkleHashes() {
    }

    public static byte[] emptyRoot() {
        return sha256().digest();
    }

    public static byte[] leafHash(byte[] data) {
        MessageDigest digest = sha256();
        digest.update((byte) 0x00);
        return digest.digest(data);
    }

    public static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest digest = sha256();
        digest.update((byte) 0x01);
        digest.update(left);
        return digest.digest(right);
    }

    public static byte[] sha256(byte[] data) {
        return sha256().digest(data);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
