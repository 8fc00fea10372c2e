package io.certbadge.common;

import java.net.URI;

/**
 * The issuer's did:web, derived from {@code {base}} as W3C did:web says: the host, a port written
 * {@code %3A}, each path segment after a {@code :}. {@code https://badges.example.com} →
 * {@code did:web:badges.example.com}; {@code http://localhost:8080/a/b} → {@code did:web:localhost%3A8080:a:b}.
 */
public record DidWeb(String did, String documentUrl) {

    public static DidWeb of(String baseUrl) {
        URI base = URI.create(baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl);
        if (base.getHost() == null) {
            throw new IllegalArgumentException("certbadge.public-base-url " + baseUrl + " has no host");
        }
        StringBuilder did = new StringBuilder("did:web:").append(base.getHost().toLowerCase(java.util.Locale.ROOT));
        if (base.getPort() > 0) {
            did.append("%3A").append(base.getPort());
        }
        String path = base.getRawPath() == null ? "" : base.getRawPath();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                did.append(':').append(segment);
            }
        }
        // did:web resolution: /.well-known/did.json for a bare host, {path}/did.json under a path
        String document = path.isEmpty() ? base + "/.well-known/did.json" : base + "/did.json";
        return new DidWeb(did.toString(), document);
    }

    /** The id of one verification method of this DID: {@code {did}#{keyId}}. */
    public String verificationMethod(String keyId) {
        return did + "#" + keyId;
    }
}
