package io.certbadge.openbadges;

import io.certbadge.common.DidWeb;
import io.certbadge.common.PublicUrls;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the issuer's {@code did:web} document from its public keys: the JWT keys as
 * {@code JsonWebKey} (W3C Controlled Identifiers), the Ed25519 keys of the Data Integrity proof as
 * {@code Multikey}, every one of them under {@code assertionMethod}, since each has signed credentials.
 */
@ApplicationScoped
public class DidWebDocument {

    private static final List<String> CONTEXTS = List.of("https://www.w3.org/ns/did/v1",
            "https://w3id.org/security/jwk/v1", "https://w3id.org/security/multikey/v1");

    private final PublicUrls urls;

    public DidWebDocument(PublicUrls urls) {
        this.urls = urls;
    }

    /**
     * A JWT key: its key id (the fragment), its public JWK as JSON members, and when it was revoked
     * (compromised), null for a key in good standing.
     */
    public record JsonWebKey(String keyId, Map<String, Object> publicJwk, Instant revoked) {
    }

    /** An Ed25519 key: its key id (the fragment) and its public key as a Multikey ({@code z6Mk…}). */
    public record Multikey(String keyId, String publicKeyMultibase) {
    }

    public Map<String, Object> document(List<JsonWebKey> jwks, List<Multikey> multikeys) {
        DidWeb did = urls.didWeb();
        List<Map<String, Object>> methods = new ArrayList<>();
        for (JsonWebKey key : jwks) {
            Map<String, Object> method = method(did, key.keyId(), "JsonWebKey");
            method.put("publicKeyJwk", key.publicJwk());
            if (key.revoked() != null) {
                // VC Data Integrity §2.3.1: a revoked verification method says since when.
                method.put("revoked", DateTimeFormatter.ISO_INSTANT.format(key.revoked()));
            }
            methods.add(method);
        }
        for (Multikey key : multikeys) {
            Map<String, Object> method = method(did, key.keyId(), "Multikey");
            method.put("publicKeyMultibase", key.publicKeyMultibase());
            methods.add(method);
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("@context", CONTEXTS);
        document.put("id", did.did());
        document.put("alsoKnownAs", List.of(urls.issuer()));
        document.put("verificationMethod", methods);
        document.put("assertionMethod", methods.stream().map(m -> m.get("id")).toList());
        return document;
    }

    private static Map<String, Object> method(DidWeb did, String keyId, String type) {
        Map<String, Object> method = new LinkedHashMap<>();
        method.put("id", did.verificationMethod(keyId));
        method.put("type", type);
        method.put("controller", did.did());
        return method;
    }
}
