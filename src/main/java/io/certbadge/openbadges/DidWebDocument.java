package io.certbadge.openbadges;

import io.certbadge.common.PublicUrls;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes the issuer's {@code did:web} document from its public keys (plain JWK maps). */
@ApplicationScoped
public class DidWebDocument {

    private final PublicUrls urls;

    public DidWebDocument(PublicUrls urls) {
        this.urls = urls;
    }

    /**
     * One public key of the document: its key id (the fragment), its public JWK as JSON members, and
     * when it was revoked (compromised), null for a key in good standing.
     */
    public record VerificationKey(String keyId, Map<String, Object> publicJwk, Instant revoked) {
    }

    public Map<String, Object> document(List<VerificationKey> keys) {
        String did = did();
        List<Map<String, Object>> methods = keys.stream().map(key -> {
            Map<String, Object> method = new LinkedHashMap<>();
            method.put("id", did + "#" + key.keyId());
            method.put("type", "JsonWebKey2020");
            method.put("controller", did);
            method.put("publicKeyJwk", key.publicJwk());
            if (key.revoked() != null) {
                // VC Data Integrity §2.3.1: a revoked verification method says since when.
                method.put("revoked", DateTimeFormatter.ISO_INSTANT.format(key.revoked()));
            }
            return method;
        }).toList();
        List<String> references = methods.stream().map(m -> (String) m.get("id")).toList();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("@context", List.of("https://www.w3.org/ns/did/v1", "https://w3id.org/security/suites/jws-2020/v1"));
        document.put("id", did);
        document.put("alsoKnownAs", List.of(urls.issuer()));
        document.put("verificationMethod", methods);
        document.put("assertionMethod", references);
        document.put("authentication", references);
        return document;
    }

    /** did:web of the base URL's host (a port is percent-encoded, as did:web requires). */
    public String did() {
        URI base = URI.create(urls.base());
        String host = base.getHost() + (base.getPort() > 0 ? "%3A" + base.getPort() : "");
        String path = base.getPath() == null || base.getPath().isEmpty() ? "" : base.getPath().replace('/', ':');
        return "did:web:" + host + path;
    }
}
