package io.certbadge.transparency;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * Signs notes with an Ed25519 key. Bouncy Castle derives the public key from the 32-byte seed
 * (the JDK cannot) and signs; verification ({@link NoteVerifierKey}) uses the JDK, a second path.
 */
public final class NoteSigner {

    private final Ed25519PrivateKeyParameters privateKey;
    private final NoteVerifierKey verifierKey;

    private NoteSigner(String name, Ed25519PrivateKeyParameters privateKey) {
        this.privateKey = privateKey;
        this.verifierKey = NoteVerifierKey.of(name, privateKey.generatePublicKey().getEncoded());
    }

    /** A signer named {@code name} (the log's origin) for the RFC 8032 private key {@code seed}. */
    public static NoteSigner fromSeed(String name, byte[] seed) {
        if (seed.length != Ed25519PrivateKeyParameters.KEY_SIZE) {
            throw new IllegalArgumentException("an Ed25519 private key is 32 bytes");
        }
        return new NoteSigner(name, new Ed25519PrivateKeyParameters(seed, 0));
    }

    /** The same key under another name. */
    public NoteSigner named(String name) {
        return new NoteSigner(name, privateKey);
    }

    public NoteVerifierKey verifierKey() {
        return verifierKey;
    }

    byte[] sign(byte[] message) {
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, privateKey);
        signer.update(message, 0, message.length);
        return signer.generateSignature();
    }
}
