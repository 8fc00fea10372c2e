package io.certbadge.signing.dataintegrity;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

import java.util.Arrays;

/**
 * An Ed25519 key pair that signs Data Integrity proofs. The public key is what gets published, as a
 * Multikey ({@code z6Mk…}); {@code example} marks a key from keys-example/, refused in production.
 */
public final class Ed25519Key {

    private final Ed25519PrivateKeyParameters privateKey;
    private final byte[] publicKey;
    private final boolean example;

    private Ed25519Key(Ed25519PrivateKeyParameters privateKey, boolean example) {
        this.privateKey = privateKey;
        this.publicKey = privateKey.generatePublicKey().getEncoded();
        this.example = example;
    }

    public static Ed25519Key of(Ed25519PrivateKeyParameters privateKey, boolean example) {
        return new Ed25519Key(privateKey, example);
    }

    /** The 64-byte Ed25519 signature (RFC 8032, pure EdDSA) of {@code data}. */
    public byte[] sign(byte[] data) {
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, privateKey);
        signer.update(data, 0, data.length);
        return signer.generateSignature();
    }

    /** The raw 32-byte public key. */
    public byte[] publicKey() {
        return publicKey.clone();
    }

    /** The public key as W3C Multikey {@code publicKeyMultibase}: {@code z6Mk…}; it also identifies the key. */
    public String publicKeyMultibase() {
        return Multikey.encodeEd25519(publicKey);
    }

    public boolean example() {
        return example;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Ed25519Key key && Arrays.equals(publicKey, key.publicKey);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(publicKey);
    }

    @Override
    public String toString() {
        return "Ed25519 key " + publicKeyMultibase();
    }
}
