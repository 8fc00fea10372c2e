package io.certbadge.signing.dataintegrity;

import com.apicatalog.jsonld.JsonLdError;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every context the contract names is in the jar, is valid JSON-LD, and nothing else is ever loaded. */
class BundledContextsTest {

    static Set<String> urls() {
        return BundledContexts.urls();
    }

    @Test
    void shouldBundleEveryContextTheContractNames() {
        for (String url : Set.of("https://www.w3.org/2018/credentials/v1", "https://www.w3.org/ns/credentials/v2",
                "https://w3id.org/security/data-integrity/v1", "https://w3id.org/security/data-integrity/v2",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
                "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json",
                "https://www.w3.org/ns/credentials/status/v1", "https://www.w3.org/ns/did/v1",
                "https://w3id.org/security/multikey/v1", "https://www.w3.org/ns/credentials/examples/v2")) {
            assertTrue(urls().contains(url), url);
        }
    }

    @ParameterizedTest
    @MethodSource("urls")
    void shouldProcessEachBundledContext(String url) {
        JsonObject document = Json.createObjectBuilder().add("@context", url)
                .add("@id", "urn:example:1").add("@type", "urn:example:Thing").build();

        assertFalse(Rdfc.canonicalize(document).isEmpty(), url + " is a valid JSON-LD context");
    }

    @Test
    void shouldRefuseEveryOtherUrlWithoutTouchingTheNetwork() {
        JsonLdError refused = assertThrows(JsonLdError.class, () -> BundledContexts.instance()
                .loadDocument(URI.create("http://169.254.169.254/latest/meta-data/"), null));

        assertTrue(refused.getMessage().contains("never fetched"), refused.getMessage());
    }

    @Test
    void shouldReadAWrappedInlineContextAsJsonLdJsDoes() {
        // {"@context": {"@context": {…}}} as in the W3C suites' proof-chain vectors: jsonld.js reads the inner context
        JsonObject plain = Json.createObjectBuilder(DiFixtures.json(DiFixtures.W3C + "unsigned.json")).add("@context",
                Json.createArrayBuilder().add(BundledContexts.CREDENTIALS_V2)
                        .add(Json.createObjectBuilder().add("alumniOf", "https://www.example.org/alumniOf")
                                .add("AlumniCredential", "https://www.example.org/AlumniCredential"))).build();
        JsonObject wrapped = Json.createObjectBuilder(plain).add("@context", Json.createArrayBuilder()
                .add(BundledContexts.CREDENTIALS_V2).add(Json.createObjectBuilder().add("@context",
                        plain.getJsonArray("@context").get(1)))).build();

        assertEquals(Rdfc.canonicalize(plain), Rdfc.canonicalize(wrapped));
    }

    @Test
    void shouldAnswerTheSameCanonicalFormWithAnInlineContextAsWithTheBundledOne() {
        // the cached-context path (bundled URLs) and the plain path (inline context) must agree
        JsonObject viaUrl = DiFixtures.json(DiFixtures.W3C + "unsigned.json");
        JsonObject inline = Json.createObjectBuilder(viaUrl).add("@context", Json.createArrayBuilder()
                .add(BundledContexts.CREDENTIALS_V2)
                .add(Json.createObjectBuilder().add("@vocab", "https://www.w3.org/ns/credentials/examples#"))).build();

        assertEquals(Rdfc.canonicalize(viaUrl), Rdfc.canonicalize(inline));
    }
}
