package io.certbadge.signing.dataintegrity;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.context.ActiveContext;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.expansion.Expansion;
import com.apicatalog.jsonld.processor.ProcessingRuntime;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON-LD expansion with the bundled contexts, undefined terms refused. Processing the VC 2.0 and
 * OB 3.0 contexts is most of the cost of canonicalising a credential (about half, measured), and
 * the result depends only on the {@code @context} value, so for a top-level {@code @context} made of
 * bundled context URLs only, the processed active context is kept and reused (read-only: expansion
 * derives new contexts from it, it never changes it). Anything else (inline contexts) is expanded
 * from scratch, with a time limit.
 */
final class Expander {

    private static final int CACHED_CONTEXTS = 64;
    private static final JsonLdOptions CACHED = options(null);

    private static final Map<JsonValue, ActiveContext> ACTIVE_CONTEXTS = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<JsonValue, ActiveContext> eldest) {
            return size() > CACHED_CONTEXTS;
        }
    };

    private Expander() {
    }

    static JsonLdOptions options(Duration timeout) {
        JsonLdOptions options = new JsonLdOptions(BundledContexts.instance());
        options.setUndefinedTermsPolicy(JsonLdOptions.ProcessingPolicy.Fail);
        // VC Data Integrity: "when deserializing to RDF, implementations MUST ensure that the base URL is set to null"
        options.setBase(null);
        if (timeout != null) {
            options.setTimeout(timeout);
        }
        return options;
    }

    static JsonArray expand(JsonObject presented, Duration timeout) throws JsonLdError {
        JsonObject document = (JsonObject) unwrapContexts(presented);
        JsonValue context = document.get("@context");
        if (!onlyBundledUrls(context)) {
            return JsonLd.expand(JsonDocument.of(document)).options(options(timeout)).get();
        }
        JsonObjectBuilder body = JsonP.PROVIDER.createObjectBuilder(document);
        body.remove("@context");
        JsonValue expanded = Expansion.with(activeContext(context), body.build(), null, null).compute();
        // JSON-LD 1.1 API §9.3 (expand) steps 8.1–8.3, as the library's own expand() finishes
        if (expanded instanceof JsonObject object && object.size() == 1 && object.containsKey("@graph")) {
            expanded = object.get("@graph");
        }
        if (expanded == null || expanded.getValueType() == JsonValue.ValueType.NULL) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        return expanded instanceof JsonArray array ? array : JsonP.PROVIDER.createArrayBuilder().add(expanded).build();
    }

    private static ActiveContext activeContext(JsonValue context) throws JsonLdError {
        synchronized (ACTIVE_CONTEXTS) {
            ActiveContext cached = ACTIVE_CONTEXTS.get(context);
            if (cached != null) {
                return cached;
            }
        }
        ActiveContext processed = new ActiveContext(null, null, ProcessingRuntime.of(CACHED)).newContext().create(context, null);
        synchronized (ACTIVE_CONTEXTS) {
            ACTIVE_CONTEXTS.putIfAbsent(context, processed);
        }
        return processed;
    }

    /**
     * An inline context written as {@code {"@context": {…}}} is read as its inner context, as
     * jsonld.js reads it (the W3C suites' proof-chain vectors are written so); titanium would
     * refuse it as a redefinition of {@code @context}.
     */
    static JsonValue unwrapContexts(JsonValue value) {
        if (value instanceof JsonArray array) {
            JsonArrayBuilder items = JsonP.PROVIDER.createArrayBuilder();
            boolean changed = false;
            for (JsonValue item : array) {
                JsonValue unwrapped = unwrapContexts(item);
                changed |= unwrapped != item;
                items.add(unwrapped);
            }
            return changed ? items.build() : array;
        }
        if (!(value instanceof JsonObject object)) {
            return value;
        }
        JsonObjectBuilder entries = JsonP.PROVIDER.createObjectBuilder();
        boolean changed = false;
        for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
            JsonValue unwrapped = "@context".equals(entry.getKey()) ? context(entry.getValue()) : unwrapContexts(entry.getValue());
            changed |= unwrapped != entry.getValue();
            entries.add(entry.getKey(), unwrapped);
        }
        return changed ? entries.build() : object;
    }

    private static JsonValue context(JsonValue context) {
        if (context instanceof JsonArray array) {
            JsonArrayBuilder items = JsonP.PROVIDER.createArrayBuilder();
            boolean changed = false;
            for (JsonValue item : array) {
                JsonValue unwrapped = context(item);
                changed |= unwrapped != item;
                items.add(unwrapped);
            }
            return changed ? items.build() : array;
        }
        return context instanceof JsonObject wrapper && wrapper.containsKey("@context") ? wrapper.get("@context") : context;
    }

    private static boolean onlyBundledUrls(JsonValue context) {
        List<JsonValue> entries = context instanceof JsonArray array ? array : context == null ? List.of() : List.of(context);
        return !entries.isEmpty() && entries.stream()
                .allMatch(entry -> entry instanceof JsonString url && BundledContexts.urls().contains(url.getString()));
    }
}
