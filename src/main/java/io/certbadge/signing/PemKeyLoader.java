package io.certbadge.signing;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.RSAKey;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.jce.ECNamedCurveTable;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.RSAPublicKeySpec;

/**
 * Reads a PKCS#8 PEM private key as {@code openssl genpkey} writes it. RSA of 2048 bits or more
 * signs RS256, EC P-256 signs ES256; anything else is refused with a sentence saying why.
 */
public final class PemKeyLoader {

    private static final int MIN_RSA_BITS = 2048;

    private PemKeyLoader() {
    }

    public static KeyMaterial load(Path file) {
        KeyFiles.Pem pem = KeyFiles.read(file, "signing key", "certbadge.signing.key-file");
        return parse(pem.text(), file.toString(), pem.example());
    }

    static KeyMaterial parse(String pem, String source, boolean example) {
        PrivateKeyInfo info = readPrivateKeyInfo(pem, source);
        try {
            PrivateKey key = new JcaPEMKeyConverter().getPrivateKey(info);
            if (key instanceof RSAPrivateCrtKey rsa) {
                return rsa(rsa, source, example);
            }
            if (key instanceof ECPrivateKey ec) {
                return ec(ec, source, example);
            }
            throw new InvalidSigningKeyException(source + " holds a " + key.getAlgorithm()
                    + " key; certbadge signs with RSA (RS256) or EC P-256 (ES256) keys only");
        } catch (IOException | GeneralSecurityException e) {
            throw new InvalidSigningKeyException(source + " is not a usable private key: " + e.getMessage());
        }
    }

    private static PrivateKeyInfo readPrivateKeyInfo(String pem, String source) {
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            Object object = parser.readObject();
            if (object instanceof PrivateKeyInfo info) {
                return info;
            }
            throw new InvalidSigningKeyException(source + " is not a PKCS#8 private key ('-----BEGIN PRIVATE KEY-----'"
                    + " as 'openssl genpkey' writes it)");
        } catch (IOException e) {
            throw new InvalidSigningKeyException(source + " is not a readable PEM file: " + e.getMessage());
        }
    }

    private static KeyMaterial rsa(RSAPrivateCrtKey key, String source, boolean example) throws GeneralSecurityException {
        if (key.getModulus().bitLength() < MIN_RSA_BITS) {
            throw new InvalidSigningKeyException(source + " is a " + key.getModulus().bitLength()
                    + "-bit RSA key; RS256 needs at least " + MIN_RSA_BITS + " bits");
        }
        RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
        return new KeyMaterial(new RSAKey.Builder(publicKey).privateKey(key).build(), JWSAlgorithm.RS256, example);
    }

    private static KeyMaterial ec(ECPrivateKey key, String source, boolean example) throws GeneralSecurityException {
        if (!Curve.P_256.equals(Curve.forECParameterSpec(key.getParams()))) {
            throw new InvalidSigningKeyException(source + " is an EC key on another curve; ES256 needs P-256 (prime256v1)");
        }
        // The JDK cannot derive the public point from the private scalar; Bouncy Castle can.
        ECPoint q = ECNamedCurveTable.getParameterSpec("secp256r1").getG().multiply(key.getS()).normalize();
        java.security.spec.ECPoint w = new java.security.spec.ECPoint(
                q.getAffineXCoord().toBigInteger(), q.getAffineYCoord().toBigInteger());
        ECPublicKey publicKey = (ECPublicKey) KeyFactory.getInstance("EC")
                .generatePublic(new ECPublicKeySpec(w, key.getParams()));
        return new KeyMaterial(new ECKey.Builder(Curve.P_256, publicKey).privateKey(key).build(), JWSAlgorithm.ES256, example);
    }
}
