package io.certbadge.signing.dataintegrity;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParsingException;

import java.io.StringReader;
import java.util.Optional;

/**
 * JSON-P values from JSON text: the JSON-LD library reads JSON-P, the rest of the service Jackson,
 * and text is the simplest bridge between the two (a credential is a few KiB).
 */
public final class JsonP {

    /**
     * The JSON-P provider, looked up once. Each static {@code jakarta.json.Json.createX} call looks it
     * up again through the ServiceLoader (a class path scan): that was about half the CPU time of a
     * Data Integrity proof, and a third of an issue's.
     */
    static final JsonProvider PROVIDER = JsonProvider.provider();

    private JsonP() {
    }

    /** A JSON object written by the service itself; anything else is a bug. */
    public static JsonObject object(String json) {
        return value(json).filter(JsonObject.class::isInstance).map(JsonObject.class::cast)
                .orElseThrow(() -> new IllegalArgumentException("not a JSON object"));
    }

    /** Any JSON value, or empty when the text is not JSON. */
    public static Optional<JsonValue> value(String json) {
        try (JsonReader reader = PROVIDER.createReader(new StringReader(json))) {
            return Optional.of(reader.readValue());
        } catch (JsonParsingException e) {
            return Optional.empty();
        } catch (JsonException e) {
            return Optional.empty();
        }
    }
}
