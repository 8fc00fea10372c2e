package io.certbadge.signing;

import io.certbadge.signing.dataintegrity.Ed25519Key;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.openssl.PEMParser;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;

/**
 * Reads the Ed25519 key of the Data Integrity proof ({@code certbadge.signing.ed25519-key-file}): a
 * PKCS#8 PEM as {@code openssl genpkey -algorithm ed25519} writes it. Anything else is refused with a
 * sentence saying why.
 */
public final class Ed25519KeyLoader {

    private static final String PROPERTY = "certbadge.signing.ed25519-key-file";

    private Ed25519KeyLoader() {
    }

    public static Ed25519Key load(Path file) {
        KeyFiles.Pem pem = KeyFiles.read(file, "Ed25519 key", PROPERTY);
        return parse(pem.text(), file.toString(), pem.example());
    }

    static Ed25519Key parse(String pem, String source, boolean example) {
        Object object;
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            object = parser.readObject();
        } catch (IOException e) {
            throw new InvalidSigningKeyException(source + " is not a readable PEM file: " + e.getMessage());
        }
        if (!(object instanceof PrivateKeyInfo info)) {
            throw new InvalidSigningKeyException(source + " is not a PKCS#8 private key ('-----BEGIN PRIVATE KEY-----'"
                    + " as 'openssl genpkey -algorithm ed25519' writes it)");
        }
        AsymmetricKeyParameter key;
        try {
            key = PrivateKeyFactory.createKey(info);
        } catch (IOException | RuntimeException e) {
            throw new InvalidSigningKeyException(source + " is not a usable private key: " + e.getMessage());
        }
        if (!(key instanceof Ed25519PrivateKeyParameters ed25519)) {
            throw new InvalidSigningKeyException(source + " is not an Ed25519 key; " + PROPERTY
                    + " needs one ('openssl genpkey -algorithm ed25519')");
        }
        return Ed25519Key.of(ed25519, example);
    }
}
