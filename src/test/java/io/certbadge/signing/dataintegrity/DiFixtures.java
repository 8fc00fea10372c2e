package io.certbadge.signing.dataintegrity;

import com.apicatalog.multibase.Multibase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Fixtures of src/test/resources/fixtures/data-integrity/ and small JSON edits for the tests. */
final class DiFixtures {

    static final String W3C = "w3c-vc-di-eddsa/";

    private DiFixtures() {
    }

    static JsonObject json(String name) {
        try (JsonReader reader = Json.createReader(new StringReader(text(name)))) {
            return reader.readObject();
        }
    }

    static String text(String name) {
        try (InputStream in = DiFixtures.class.getResourceAsStream("/fixtures/data-integrity/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A key from a W3C test vector: {@code privateKeyMultibase} is multicodec ed25519-priv (0x1300) + 32-byte seed. */
    static Ed25519Key w3cKey(JsonObject keyPair) {
        byte[] decoded = Multibase.BASE_58_BTC.decode(keyPair.getString("privateKeyMultibase"));
        if (decoded.length != 34 || (decoded[0] & 0xff) != 0x80 || decoded[1] != 0x26) {
            throw new IllegalArgumentException("not an Ed25519 private Multikey");
        }
        return Ed25519Key.of(new Ed25519PrivateKeyParameters(Arrays.copyOfRange(decoded, 2, 34)), false);
    }

    /** {@code document} with the value at a JSON pointer replaced (or added). */
    static JsonObject with(JsonObject document, String pointer, JsonValue value) {
        return Json.createPointer(pointer).containsValue(document)
                ? Json.createPointer(pointer).replace(document, value)
                : Json.createPointer(pointer).add(document, value);
    }

    static JsonObject with(JsonObject document, String pointer, String value) {
        return with(document, pointer, Json.createValue(value));
    }

    static JsonObject without(JsonObject document, String pointer) {
        return Json.createPointer(pointer).remove(document);
    }
}
