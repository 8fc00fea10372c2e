package io.certbadge.signing.dataintegrity;

import com.apicatalog.jsonld.lang.BlankNode;
import com.apicatalog.jsonld.lang.LanguageTag;
import com.apicatalog.jsonld.uri.UriUtils;
import com.apicatalog.jsonld.uri.UriValidationPolicy;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.Map;

/**
 * What expansion keeps but RDF conversion would silently skip: a relative {@code id} or {@code type}
 * (no context defines the term and the base is null), a relative datatype, a malformed language tag.
 * Expansion itself refuses undefined property terms (titanium's undefined-terms policy); together
 * they are the "safe mode" of jsonld.js that the W3C suites expect.
 */
final class SafeMode {

    private SafeMode() {
    }

    static void check(JsonArray expanded) {
        for (JsonValue node : expanded) {
            value(node, "");
        }
    }

    private static void node(JsonObject node, String path) {
        for (Map.Entry<String, JsonValue> entry : node.entrySet()) {
            String key = entry.getKey();
            JsonValue value = entry.getValue();
            switch (key) {
                case "@id" -> reference(value, "id", path);
                case "@type" -> {
                    for (JsonValue type : asArray(value)) {
                        reference(type, "type", path);
                    }
                }
                case "@graph", "@included" -> values(value, path);
                case "@reverse" -> {
                    if (value instanceof JsonObject reverse) {
                        node(reverse, path);
                    }
                }
                default -> {
                    if (!key.startsWith("@")) {
                        if (!absolute(key)) {
                            throw loss("the property " + key + (path.isEmpty() ? "" : " at " + path)
                                    + " does not expand to an absolute IRI");
                        }
                        values(value, path + "/" + key);
                    }
                }
            }
        }
    }

    private static void values(JsonValue values, String path) {
        for (JsonValue value : asArray(values)) {
            value(value, path);
        }
    }

    private static void value(JsonValue value, String path) {
        if (!(value instanceof JsonObject object)) {
            return;
        }
        if (object.containsKey("@value")) {
            JsonValue type = object.get("@type");
            if (type instanceof JsonString datatype && !"@json".equals(datatype.getString()) && !absolute(datatype.getString())) {
                throw loss("the value at " + path + " has the datatype " + datatype.getString()
                        + ", which is not an absolute IRI (no context defines it)");
            }
            JsonValue language = object.get("@language");
            if (language instanceof JsonString tag && !LanguageTag.isWellFormed(tag.getString())) {
                throw loss("the value at " + path + " has a malformed language tag " + tag.getString());
            }
            return;
        }
        if (object.containsKey("@list")) {
            values(object.get("@list"), path);
            return;
        }
        node(object, path);
    }

    private static void reference(JsonValue value, String what, String path) {
        if (!(value instanceof JsonString string)) {
            return;
        }
        String reference = string.getString();
        if (!BlankNode.isWellFormed(reference) && !absolute(reference)) {
            throw loss("the " + what + " \"" + reference + "\"" + (path.isEmpty() ? "" : " at " + path)
                    + " is not an absolute IRI: no context defines it, so it would be dropped from what the proof covers");
        }
    }

    private static boolean absolute(String iri) {
        return UriUtils.isAbsoluteUri(iri, UriValidationPolicy.Full);
    }

    private static JsonArray asArray(JsonValue value) {
        return value instanceof JsonArray array ? array : JsonP.PROVIDER.createArrayBuilder().add(value).build();
    }

    private static DataIntegrityException loss(String message) {
        return new DataIntegrityException(ProofError.Code.DATA_LOSS_DETECTION_ERROR, message);
    }
}
