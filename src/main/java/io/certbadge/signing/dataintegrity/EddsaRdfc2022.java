package io.certbadge.signing.dataintegrity;

import com.apicatalog.multibase.Multibase;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Optional;

/**
 * The cryptosuite eddsa-rdfc-2022 (W3C vc-di-eddsa §3.2): hash data = SHA-256 of the canonical proof
 * configuration followed by SHA-256 of the canonical document, signed with Ed25519; the proof value
 * is the base58btc multibase ({@code z…}) of the 64-byte signature.
 */
final class EddsaRdfc2022 {

    static final String PROOF_TYPE = "DataIntegrityProof";
    static final String CRYPTOSUITE = "eddsa-rdfc-2022";

    private static final int SIGNATURE_LENGTH = 64;
    /** DER SubjectPublicKeyInfo header of an Ed25519 key (RFC 8410); the raw 32 bytes follow. */
    private static final byte[] ED25519_SPKI_HEADER = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

    private EddsaRdfc2022() {
    }

    /**
     * §3.2.4–3.2.6: the proof configuration takes the document's {@code @context} (so its terms are
     * defined the same way), both are canonicalised with RDFC-1.0, hashed, and concatenated.
     */
    static byte[] hashData(JsonObject unsecuredDocument, JsonObject proofOptions) {
        JsonObjectBuilder config = JsonP.PROVIDER.createObjectBuilder(proofOptions);
        config.remove("proofValue");
        if (unsecuredDocument.containsKey("@context")) {
            config.add("@context", unsecuredDocument.get("@context"));
        }
        byte[] configHash = sha256(Rdfc.canonicalize(config.build()));
        byte[] documentHash = sha256(Rdfc.canonicalize(unsecuredDocument));
        byte[] hashData = new byte[configHash.length + documentHash.length];
        System.arraycopy(configHash, 0, hashData, 0, configHash.length);
        System.arraycopy(documentHash, 0, hashData, configHash.length, documentHash.length);
        return hashData;
    }

    static String proofValue(byte[] signature) {
        return Multibase.BASE_58_BTC.encode(signature);
    }

    /** The signature inside a proof value, if it is base58btc multibase of 64 bytes. */
    static Optional<byte[]> signature(String proofValue) {
        if (proofValue == null || !Multibase.BASE_58_BTC.isEncoded(proofValue)) {
            return Optional.empty();
        }
        try {
            byte[] signature = Multibase.BASE_58_BTC.decode(proofValue);
            return signature.length == SIGNATURE_LENGTH ? Optional.of(signature) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Checks with the JDK's Ed25519, a different implementation from the Bouncy Castle one that signs. */
    static boolean verify(byte[] publicKey, byte[] hashData, byte[] signature) {
        try {
            byte[] spki = new byte[ED25519_SPKI_HEADER.length + publicKey.length];
            System.arraycopy(ED25519_SPKI_HEADER, 0, spki, 0, ED25519_SPKI_HEADER.length);
            System.arraycopy(publicKey, 0, spki, ED25519_SPKI_HEADER.length, publicKey.length);
            PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(hashData);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static byte[] sha256(String canonical) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
