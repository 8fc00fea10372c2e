package io.certbadge.transparency;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A C2SP signed-note Ed25519 verifier key, {@code <name>+<hex key id>+<base64(0x01 ‖ public key)>}.
 * The key id is the first 4 bytes of {@code SHA-256(name ‖ 0x0A ‖ 0x01 ‖ public key)}. Verifies
 * with the JDK alone, so an auditor needs nothing else.
 */
public record NoteVerifierKey(String name, int keyId, byte[] publicKey) {

    static final byte ED25519 = 0x01;
    /** DER SubjectPublicKeyInfo prefix of an Ed25519 key (RFC 8410), followed by the 32 raw bytes. */
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    public NoteVerifierKey {
        if (!validName(name)) {
            throw new IllegalArgumentException("a note key name is non-empty, without spaces or '+': " + name);
        }
        if (publicKey.length != 32) {
            throw new IllegalArgumentException("an Ed25519 public key is 32 bytes");
        }
        publicKey = publicKey.clone();
    }

    /** A verifier key for {@code name}, with its key id derived as the spec recommends. */
    public static NoteVerifierKey of(String name, byte[] publicKey) {
        return new NoteVerifierKey(name, keyId(name, publicKey), publicKey);
    }

    public static int keyId(String name, byte[] publicKey) {
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        ByteBuffer input = ByteBuffer.allocate(nameBytes.length + 2 + publicKey.length);
        input.put(nameBytes).put((byte) 0x0A).put(ED25519).put(publicKey);
        return ByteBuffer.wrap(MerkleHashes.sha256(input.array())).getInt();
    }

    /** Reads {@code <name>+<hex id>+<base64 key>}; refuses a key whose id does not match its name and key. */
    public static NoteVerifierKey parse(String vkey) {
        // A name holds no '+', the base64 key may: split at the first two only.
        String[] parts = vkey.strip().split("\\+", 3);
        if (parts.length != 3 || !parts[1].matches("[0-9a-f]{8}")) {
            throw new IllegalArgumentException("a verifier key is <name>+<8 hex digits>+<base64 key>");
        }
        byte[] typed = Base64.getDecoder().decode(parts[2]);
        if (typed.length != 33 || typed[0] != ED25519) {
            throw new IllegalArgumentException("only Ed25519 verifier keys (type 0x01, 32 bytes) are supported");
        }
        NoteVerifierKey key = of(parts[0], Arrays.copyOfRange(typed, 1, typed.length));
        if (key.keyId != Integer.parseUnsignedInt(parts[1], 16)) {
            throw new IllegalArgumentException("the verifier key's id " + parts[1] + " does not match its name and key");
        }
        return key;
    }

    public String keyIdHex() {
        return String.format("%08x", keyId);
    }

    public String encoded() {
        byte[] typed = new byte[33];
        typed[0] = ED25519;
        System.arraycopy(publicKey, 0, typed, 1, 32);
        return name + "+" + keyIdHex() + "+" + Base64.getEncoder().encodeToString(typed);
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    /** Does {@code signature} (without the 4-byte key id) sign {@code message} with this key? */
    public boolean verifies(byte[] message, byte[] signature) {
        try {
            byte[] der = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + 32);
            System.arraycopy(publicKey, 0, der, X509_PREFIX.length, 32);
            PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(message);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    static boolean validName(String name) {
        return name != null && !name.isEmpty() && name.codePoints().noneMatch(c -> c == '+' || Character.isWhitespace(c)
                || Character.isSpaceChar(c) || c < 0x20);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NoteVerifierKey key && key.name.equals(name) && key.keyId == keyId
                && Arrays.equals(key.publicKey, publicKey);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + keyId;
    }

    @Override
    public String toString() {
        return encoded();
    }
}
