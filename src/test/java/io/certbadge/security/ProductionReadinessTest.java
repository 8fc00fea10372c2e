package io.certbadge.security;

import io.certbadge.signing.Ed25519KeyLoader;
import io.certbadge.signing.PemKeyLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProductionReadinessTest {

    @TempDir
    Path dir;

    @Test
    void shouldRefuseAnExampleKeyAndSayWhy() throws Exception {
        List<String> problems = ProductionReadiness.problems(PemKeyLoader.load(Path.of("keys-example/ec-p256.pem")),
                Ed25519KeyLoader.load(realEd25519Key()), false, Optional.empty());
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("example key"), problems.get(0));
    }

    @Test
    void shouldRefuseTheExampleEd25519KeyAndSayWhy() throws Exception {
        List<String> problems = ProductionReadiness.problems(PemKeyLoader.load(realKey()),
                Ed25519KeyLoader.load(Path.of("keys-example/ed25519.pem")), false, Optional.empty());
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("certbadge.signing.ed25519-key-file is an example key"), problems.get(0));
    }

    @Test
    void shouldRefuseToRunWithoutAnyApiKey() throws Exception {
        List<String> problems = ProductionReadiness.problems(PemKeyLoader.load(realKey()),
                Ed25519KeyLoader.load(realEd25519Key()), true, Optional.empty());
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("no API key"), problems.get(0));
    }

    @Test
    void shouldAcceptRealKeysWithApiKeys() throws Exception {
        assertEquals(List.of(), ProductionReadiness.problems(PemKeyLoader.load(realKey()),
                Ed25519KeyLoader.load(realEd25519Key()), false, Optional.empty()));
    }

    @Test
    void shouldRefuseThePublishedDevApiKey() throws Exception {
        List<String> problems = ProductionReadiness.problems(PemKeyLoader.load(realKey()),
                Ed25519KeyLoader.load(realEd25519Key()), false, Optional.of("dev"));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("certbadge.api-keys.\"dev\" is the dev-mode key"), problems.get(0));
    }

    @Test
    void shouldRecogniseTheDevKeyByTheHashConfiguredForDevMode() throws Exception {
        // the %dev hash in application.properties is the hash of the key the README prints
        String devHash = java.util.Arrays.stream(Files.readString(Path.of("src/main/resources/application.properties"))
                        .split("\n")).filter(line -> line.startsWith("%dev.certbadge.api-keys.\"dev\".sha256="))
                .map(line -> line.substring(line.indexOf('=') + 1).strip()).findFirst().orElseThrow();
        assertEquals(devHash, io.certbadge.common.Hashing.sha256Hex(ProductionReadiness.PUBLISHED_DEV_KEY));
    }

    private Path realEd25519Key() throws Exception {
        byte[] pkcs8 = KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate().getEncoded();
        return Files.writeString(dir.resolve("ed25519.pem"), "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(pkcs8) + "\n-----END PRIVATE KEY-----\n");
    }

    private Path realKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        byte[] pkcs8 = generator.generateKeyPair().getPrivate().getEncoded();
        return Files.writeString(dir.resolve("signing.pem"), "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(pkcs8) + "\n-----END PRIVATE KEY-----\n");
    }
}
