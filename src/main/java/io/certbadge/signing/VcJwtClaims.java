package io.certbadge.signing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.List;

/**
 * The one mapping between a credential and its VC-JWT claims (OB 3.0 §8.2 / VC-JOSE-COSE):
 * {@code iss} = issuer.id, {@code jti} = id, {@code sub} = credentialSubject.id,
 * {@code nbf} = validFrom, {@code exp} = validUntil, {@code iat} = when it was signed.
 */
public final class VcJwtClaims {

    public static final List<String> REGISTERED = List.of("iss", "jti", "sub", "nbf", "exp", "iat", "aud");

    private VcJwtClaims() {
    }

    /** The JWT payload: the credential itself plus the registered claims. */
    public static ObjectNode payload(ObjectNode credential, Instant signedAt) {
        ObjectNode payload = credential.deepCopy();
        payload.put("iss", credential.path("issuer").path("id").asText());
        payload.put("jti", credential.path("id").asText());
        JsonNode subject = credential.path("credentialSubject").path("id");
        if (subject.isTextual()) {
            payload.put("sub", subject.asText());
        }
        payload.put("nbf", Instant.parse(credential.path("validFrom").asText()).getEpochSecond());
        JsonNode validUntil = credential.path("validUntil");
        if (validUntil.isTextual()) {
            payload.put("exp", Instant.parse(validUntil.asText()).getEpochSecond());
        }
        payload.put("iat", signedAt.getEpochSecond());
        return payload;
    }

    /** The credential a payload carries: the payload without the registered claims. */
    public static ObjectNode credential(ObjectNode payload) {
        ObjectNode credential = payload.deepCopy();
        credential.remove(REGISTERED);
        return credential;
    }
}
