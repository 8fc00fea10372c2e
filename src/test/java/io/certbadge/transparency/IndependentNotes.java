package io.certbadge.transparency;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.spec.EdECPoint;
import java.security.spec.EdECPublicKeySpec;
import java.security.spec.NamedParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reads verifier keys and signed notes straight from the C2SP signed-note text, with the JDK's
 * Ed25519 and none of the production classes: what an outside client would do.
 */
final class IndependentNotes {

    private IndependentNotes() {
    }

    record VerifierKey(String name, String keyIdHex, byte[] publicKey) {
    }

    /** {@code <name>+<hex id>+<base64(0x01 ‖ key)>}, with the id recomputed from name and key. */
    static VerifierKey parseKey(String vkey) throws GeneralSecurityException {
        int first = vkey.indexOf('+');
        int second = vkey.indexOf('+', first + 1);
        String name = vkey.substring(0, first);
        String id = vkey.substring(first + 1, second);
        byte[] typed = Base64.getDecoder().decode(vkey.substring(second + 1));
        assertEquals(33, typed.length, "type byte and 32-byte Ed25519 key");
        assertEquals(1, typed[0], "signature type 0x01 = Ed25519");
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update((name + "\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(id, HexFormat.of().formatHex(Arrays.copyOf(sha256.digest(typed), 4)),
                "key id = SHA-256(name ‖ 0x0A ‖ 0x01 ‖ key)[:4]");
        return new VerifierKey(name, id, Arrays.copyOfRange(typed, 1, 33));
    }

    /** The note's text once the signature line of {@code key} verifies; fails the test otherwise. */
    static String open(String note, VerifierKey key) throws GeneralSecurityException {
        int blank = note.lastIndexOf("\n\n");
        String text = note.substring(0, blank + 1);
        String prefix = "\u2014 " + key.name() + " ";
        for (String line : note.substring(blank + 2).split("\n")) {
            if (line.startsWith(prefix)) {
                byte[] decoded = Base64.getDecoder().decode(line.substring(prefix.length()));
                assertEquals(key.keyIdHex(), String.format("%08x", ByteBuffer.wrap(decoded).getInt()), "key id of the signature");
                Signature jdk = Signature.getInstance("Ed25519");
                jdk.initVerify(KeyFactory.getInstance("Ed25519").generatePublic(
                        new EdECPublicKeySpec(NamedParameterSpec.ED25519, point(key.publicKey()))));
                jdk.update(text.getBytes(StandardCharsets.UTF_8));
                assertTrue(jdk.verify(Arrays.copyOfRange(decoded, 4, decoded.length)), "the note's signature verifies");
                return text;
            }
        }
        throw new AssertionError("no signature line by " + key.name() + " in\n" + note);
    }

    /** RFC 8032 public key bytes as the JDK's EdECPoint: little-endian y, top bit is x's parity. */
    static EdECPoint point(byte[] encoded) {
        byte[] reversed = new byte[32];
        for (int i = 0; i < 32; i++) {
            reversed[i] = encoded[31 - i];
        }
        boolean xOdd = (reversed[0] & 0x80) != 0;
        reversed[0] &= 0x7f;
        return new EdECPoint(xOdd, new BigInteger(1, reversed));
    }
}
