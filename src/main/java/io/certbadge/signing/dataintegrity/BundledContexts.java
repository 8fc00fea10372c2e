package io.certbadge.signing.dataintegrity;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The only JSON-LD document loader certbadge uses: it serves the contexts shipped in the jar
 * (src/main/resources/jsonld/) and refuses every other URL. Fetching a context from the network
 * would let a presented credential make the service call any URL (SSRF) and would make a
 * verification result depend on someone else's server.
 */
public final class BundledContexts implements DocumentLoader {

    public static final String CREDENTIALS_V1 = "https://www.w3.org/2018/credentials/v1";
    public static final String CREDENTIALS_V2 = "https://www.w3.org/ns/credentials/v2";
    public static final String OB_V3P0_3_0_3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    public static final String OB_V3P0_EXTENSIONS = "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json";
    public static final String DATA_INTEGRITY_V2 = "https://w3id.org/security/data-integrity/v2";
    public static final String DID_V1 = "https://www.w3.org/ns/did/v1";
    public static final String MULTIKEY_V1 = "https://w3id.org/security/multikey/v1";
    public static final String JWK_V1 = "https://w3id.org/security/jwk/v1";

    private static final String FOLDER = "jsonld/";

    /** Context URL → file; where each file comes from is in src/main/resources/jsonld/SOURCES.md. */
    private static final Map<String, String> FILES = files();

    private static final BundledContexts INSTANCE = new BundledContexts();

    /** Parsed once: JSON-P values are immutable, so every caller can share them. */
    private final Map<String, JsonStructure> contexts = new LinkedHashMap<>();

    private BundledContexts() {
        FILES.forEach((url, file) -> contexts.put(url, read(FOLDER + file)));
    }

    public static BundledContexts instance() {
        return INSTANCE;
    }

    public static Set<String> urls() {
        return FILES.keySet();
    }

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        JsonStructure context = contexts.get(url.toString());
        if (context == null) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "the context " + url
                    + " is not one of the contexts bundled with certbadge, and contexts are never fetched");
        }
        Document document = JsonDocument.of(context);
        document.setDocumentUrl(url);
        return document;
    }

    private static Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(CREDENTIALS_V1, "credentials-v1.jsonld");
        files.put(CREDENTIALS_V2, "credentials-v2.jsonld");
        files.put("https://www.w3.org/ns/credentials/examples/v2", "credentials-examples-v2.jsonld");
        files.put("https://www.w3.org/ns/credentials/status/v1", "bitstring-status-list-v1.jsonld");
        files.put("https://w3id.org/security/data-integrity/v1", "data-integrity-v1.jsonld");
        files.put(DATA_INTEGRITY_V2, "data-integrity-v2.jsonld");
        files.put(MULTIKEY_V1, "multikey-v1.jsonld");
        files.put(JWK_V1, "jwk-v1.jsonld");
        files.put(DID_V1, "did-v1.jsonld");
        files.put(OB_V3P0_3_0_3, "ob-v3p0-context-3.0.3.json");
        files.put("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json", "ob-v3p0-context-3.0.2.json");
        files.put("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json", "ob-v3p0-context-3.0.1.json");
        files.put("https://purl.imsglobal.org/spec/ob/v3p0/context.json", "ob-v3p0-context.json");
        files.put(OB_V3P0_EXTENSIONS, "ob-v3p0-extensions.json");
        return java.util.Collections.unmodifiableMap(files);
    }

    private static JsonStructure read(String resource) {
        try (InputStream in = BundledContexts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the bundled JSON-LD context " + resource + " is missing from the build");
            }
            try (JsonReader reader = JsonP.PROVIDER.createReader(in)) {
                return reader.read();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled JSON-LD context " + resource, e);
        }
    }
}
