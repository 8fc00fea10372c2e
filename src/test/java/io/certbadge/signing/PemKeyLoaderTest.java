package io.certbadge.signing;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Keys as openssl writes them: sign with the loaded key, verify with the public JWK alone (RFC 7515). */
class PemKeyLoaderTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"keys-example/ec-p256.pem, ES256", "keys-example/rsa-2048.pem, RS256"})
    void shouldSignWithTheLoadedKeyAndVerifyWithItsPublicJwkOnly(String file, String alg) throws Exception {
        KeyMaterial key = PemKeyLoader.load(Path.of(file));
        assertEquals(JWSAlgorithm.parse(alg), key.algorithm());
        assertTrue(key.example(), "keys-example files are marked as examples");

        JWSObject jws = new JWSObject(new JWSHeader(key.algorithm()), new Payload("{\"hello\":\"world\"}"));
        jws.sign(key.signer());
        String publishedJson = key.publicJwk().toJSONString();
        assertFalse(publishedJson.contains("\"d\""), "the public JWK carries no private part");

        JWK published = JWK.parse(publishedJson);
        JWSVerifier verifier = published instanceof ECKey ec ? new ECDSAVerifier(ec) : new RSASSAVerifier((RSAKey) published);
        assertTrue(JWSObject.parse(jws.serialize()).verify(verifier), alg + " signature verifies with the public JWK");
    }

    @Test
    void shouldDeriveTheSameThumbprintForTheSameKeyWhereverItIs() throws Exception {
        Path copy = dir.resolve("copy.pem");
        Files.copy(Path.of("keys-example/ec-p256.pem"), copy);
        assertEquals(PemKeyLoader.load(Path.of("keys-example/ec-p256.pem")).thumbprint(), PemKeyLoader.load(copy).thumbprint());
        assertTrue(PemKeyLoader.load(copy).example(), "the EXAMPLE KEY line marks a copied example key");
    }

    @Test
    void shouldTreatAFreshKeyOutsideKeysExampleAsReal() throws Exception {
        Path real = write("real.pem", ecKey("secp256r1"));
        KeyMaterial key = PemKeyLoader.load(real);
        assertFalse(key.example());
        assertEquals(JWSAlgorithm.ES256, key.algorithm());
    }

    @Test
    void shouldRefuseAnEcKeyOnAnotherCurve() throws Exception {
        Path p384 = write("p384.pem", ecKey("secp384r1"));
        InvalidSigningKeyException e = assertThrows(InvalidSigningKeyException.class, () -> PemKeyLoader.load(p384));
        assertTrue(e.getMessage().contains("P-256"), e.getMessage());
    }

    @Test
    void shouldRefuseAShortRsaKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024);
        Path weak = write("weak.pem", pem(generator.generateKeyPair().getPrivate().getEncoded()));
        InvalidSigningKeyException e = assertThrows(InvalidSigningKeyException.class, () -> PemKeyLoader.load(weak));
        assertTrue(e.getMessage().contains("at least 2048"), e.getMessage());
    }

    @Test
    void shouldRefuseAFileThatIsNotAPrivateKey() throws Exception {
        Path notPem = write("notes.pem", "hello, I am not a key");
        assertTrue(assertThrows(InvalidSigningKeyException.class, () -> PemKeyLoader.load(notPem))
                .getMessage().contains("PKCS#8"));
        Path certificateLike = write("pub.pem", "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(ecPublic()) + "\n-----END PUBLIC KEY-----\n");
        assertThrows(InvalidSigningKeyException.class, () -> PemKeyLoader.load(certificateLike));
    }

    @Test
    void shouldNameTheMissingFile() {
        InvalidSigningKeyException e = assertThrows(InvalidSigningKeyException.class,
                () -> PemKeyLoader.load(dir.resolve("absent.pem")));
        assertTrue(e.getMessage().contains("certbadge.signing.key-file"), e.getMessage());
    }

    @Test
    void shouldPublishNoPrivateParameters() {
        JWK jwk = PemKeyLoader.load(Path.of("keys-example/rsa-2048.pem")).publicJwk();
        assertNull(jwk.toJSONObject().get("d"));
        assertNull(jwk.toJSONObject().get("p"));
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    private static String ecKey(String curve) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec(curve));
        return pem(generator.generateKeyPair().getPrivate().getEncoded());
    }

    private static byte[] ecPublic() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair().getPublic().getEncoded();
    }

    private static String pem(byte[] pkcs8) {
        return "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(pkcs8) + "\n-----END PRIVATE KEY-----\n";
    }
}
