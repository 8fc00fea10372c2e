package io.certbadge.transparency;

import io.certbadge.common.PublicUrls;
import io.certbadge.signing.KeyFiles;
import io.quarkus.runtime.LaunchMode;
import jakarta.enterprise.context.ApplicationScoped;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMParser;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The log's note key: an Ed25519 key read from {@code certbadge.log.key-file}, named after the
 * log's origin ({@code {host}{path}/log} of the public base URL). In production an example key
 * from keys-example/ is refused, as for the credential key.
 */
@ApplicationScoped
public class LogKey {

    private final NoteSigner signer;

    public LogKey(LogConfig config, PublicUrls urls) {
        Path file = config.keyFile();
        String pem = read(file);
        boolean example = KeyFiles.isExample(file, pem);
        if (example && LaunchMode.current() == LaunchMode.NORMAL) {
            throw new IllegalStateException("certbadge refuses to start in production: certbadge.log.key-file is an"
                    + " example key from keys-example/, which anyone can sign with; make your own with"
                    + " 'openssl genpkey -algorithm ed25519' (see keys-example/README.md)");
        }
        this.signer = NoteSigner.fromSeed(Checkpoint.originOf(urls.base()), seed(pem, file));
    }

    public String origin() {
        return signer.verifierKey().name();
    }

    public NoteSigner signer() {
        return signer;
    }

    public NoteVerifierKey verifierKey() {
        return signer.verifierKey();
    }

    /** The 32-byte RFC 8032 private key inside a PKCS#8 Ed25519 PEM, as 'openssl genpkey -algorithm ed25519' writes it. */
    static byte[] seed(String pem, Path file) {
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            Object object = parser.readObject();
            if (object instanceof PrivateKeyInfo info
                    && EdECObjectIdentifiers.id_Ed25519.equals(info.getPrivateKeyAlgorithm().getAlgorithm())) {
                return ASN1OctetString.getInstance(info.parsePrivateKey()).getOctets();
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException(file + " (certbadge.log.key-file) is not a readable PEM file: " + e.getMessage(), e);
        }
        throw new IllegalStateException(file + " (certbadge.log.key-file) is not an Ed25519 PKCS#8 private key;"
                + " make one with 'openssl genpkey -algorithm ed25519'");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the log key file " + file.toAbsolutePath()
                    + " (certbadge.log.key-file): " + e.getMessage(), e);
        }
    }
}
