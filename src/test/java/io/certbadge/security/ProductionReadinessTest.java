package io.certbadge.security;

import io.certbadge.signing.PemKeyLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProductionReadinessTest {

    @TempDir
    Path dir;

    @Test
    void shouldRefuseAnExampleKeyAndSayWhy() {
        List<String> problems = ProductionReadiness.problems(PemKeyLoader.load(Path.of("keys-example/ec-p256.pem")), false);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("example key"), problems.get(0));
    }

    @Test
    void shouldRefuseToRunWithoutAnyApiKey() throws Exception {
        List<String> problems = ProductionReadiness.problems(PemKeyLoader.load(realKey()), true);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("no API key"), problems.get(0));
    }

    @Test
    void shouldAcceptARealKeyWithApiKeys() throws Exception {
        assertEquals(List.of(), ProductionReadiness.problems(PemKeyLoader.load(realKey()), false));
    }

    private Path realKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        byte[] pkcs8 = generator.generateKeyPair().getPrivate().getEncoded();
        return Files.writeString(dir.resolve("signing.pem"), "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(pkcs8) + "\n-----END PRIVATE KEY-----\n");
    }
}
