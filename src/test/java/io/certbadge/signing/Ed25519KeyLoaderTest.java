package io.certbadge.signing;

import io.certbadge.signing.dataintegrity.Ed25519Key;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Ed25519 key of the Data Integrity proof, read as {@code openssl genpkey -algorithm ed25519} writes it. */
class Ed25519KeyLoaderTest {

    /** {@code openssl pkey -in keys-example/ed25519.pem -pubout}: an X.509 SubjectPublicKeyInfo ending in the raw key. */
    private static final String OPENSSL_PUBLIC_KEY = "MCowBQYDK2VwAyEA+Gd2Kz4xxl/qiDJ716kPyVTkx/uuD3buFR052lulQsM=";

    @TempDir
    Path dir;

    @Test
    void shouldDeriveThePublicKeyOpensslDerives() {
        Ed25519Key key = Ed25519KeyLoader.load(Path.of("keys-example/ed25519.pem"));

        byte[] spki = Base64.getDecoder().decode(OPENSSL_PUBLIC_KEY);
        assertArrayEquals(Arrays.copyOfRange(spki, spki.length - 32, spki.length), key.publicKey());
        assertTrue(key.publicKeyMultibase().startsWith("z6Mk"), "an Ed25519 Multikey");
    }

    @Test
    void shouldMarkExampleKeysWhereverTheyAreCopied() throws Exception {
        Path copy = dir.resolve("ed25519.pem");
        Files.copy(Path.of("keys-example/ed25519.pem"), copy);
        Path stripped = dir.resolve("stripped.pem");
        Files.writeString(stripped, Files.readString(copy).replaceAll("(?s)^.*?(-----BEGIN)", "$1"));

        assertTrue(Ed25519KeyLoader.load(copy).example(), "the EXAMPLE KEY line marks a copy");
        assertFalse(Ed25519KeyLoader.load(stripped).example(), "outside keys-example/ and without the line: a real key");
    }

    @Test
    void shouldRefuseAKeyThatIsNotEd25519AndSayWhy() {
        InvalidSigningKeyException refused = assertThrows(InvalidSigningKeyException.class,
                () -> Ed25519KeyLoader.load(Path.of("keys-example/ec-p256.pem")));

        assertTrue(refused.getMessage().contains("not an Ed25519 key"), refused.getMessage());
        assertTrue(refused.getMessage().contains("certbadge.signing.ed25519-key-file"), refused.getMessage());
    }

    @Test
    void shouldRefuseAMissingOrGarbledFile() throws Exception {
        Path garbled = dir.resolve("garbled.pem");
        Files.writeString(garbled, "-----BEGIN PRIVATE KEY-----\nnot base64\n-----END PRIVATE KEY-----\n");

        assertThrows(InvalidSigningKeyException.class, () -> Ed25519KeyLoader.load(dir.resolve("missing.pem")));
        assertThrows(InvalidSigningKeyException.class, () -> Ed25519KeyLoader.load(garbled));
    }
}
