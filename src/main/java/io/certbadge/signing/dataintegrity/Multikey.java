package io.certbadge.signing.dataintegrity;

import com.apicatalog.multibase.Multibase;

import java.util.Arrays;
import java.util.Optional;

/**
 * W3C Multikey encoding of Ed25519 public keys: base58btc multibase ({@code z…}) of the multicodec
 * header {@code ed25519-pub} (0xed, as the varint 0xed 0x01) followed by the 32 key bytes, hence
 * the familiar {@code z6Mk…} prefix.
 */
public final class Multikey {

    private static final byte[] ED25519_PUB = {(byte) 0xed, 0x01};
    private static final int KEY_LENGTH = 32;

    private Multikey() {
    }

    public static String encodeEd25519(byte[] publicKey) {
        if (publicKey.length != KEY_LENGTH) {
            throw new IllegalArgumentException("an Ed25519 public key has 32 bytes, not " + publicKey.length);
        }
        byte[] encoded = new byte[ED25519_PUB.length + KEY_LENGTH];
        System.arraycopy(ED25519_PUB, 0, encoded, 0, ED25519_PUB.length);
        System.arraycopy(publicKey, 0, encoded, ED25519_PUB.length, KEY_LENGTH);
        return Multibase.BASE_58_BTC.encode(encoded);
    }

    /** The raw Ed25519 key of a {@code z6Mk…} value; empty for anything else (another key type, bad encoding). */
    public static Optional<byte[]> decodeEd25519(String multibase) {
        if (multibase == null || !Multibase.BASE_58_BTC.isEncoded(multibase)) {
            return Optional.empty();
        }
        byte[] decoded;
        try {
            decoded = Multibase.BASE_58_BTC.decode(multibase);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (decoded.length != ED25519_PUB.length + KEY_LENGTH
                || decoded[0] != ED25519_PUB[0] || decoded[1] != ED25519_PUB[1]) {
            return Optional.empty();
        }
        return Optional.of(Arrays.copyOfRange(decoded, ED25519_PUB.length, decoded.length));
    }
}
