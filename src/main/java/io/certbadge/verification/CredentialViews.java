package io.certbadge.verification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.certbadge.credential.Credential;
import io.certbadge.verification.VerificationReport.CredentialView;
import io.certbadge.verification.VerificationReport.Reference;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** What a report says the credential claims: read leniently, since a presented credential may be anything. */
final class CredentialViews {

    private CredentialViews() {
    }

    static CredentialView of(ObjectNode credential, Optional<Credential> stored) {
        if (credential == null) {
            return null;
        }
        JsonNode achievement = credential.path("credentialSubject").path("achievement");
        JsonNode issuer = credential.path("issuer");
        return new CredentialView(
                textOrNull(credential.get("id")),
                new Reference(textOrNull(achievement.get("id")), textOrNull(achievement.get("name"))),
                recipientName(credential.path("credentialSubject")),
                issuer.isTextual() ? new Reference(issuer.asText(), null)
                        : new Reference(textOrNull(issuer.get("id")), textOrNull(issuer.get("name"))),
                instant(credential.get("validFrom")),
                instant(credential.get("validUntil")),
                stored.map(c -> c.revokedAt).orElse(null),
                stored.map(c -> c.revocationReason).orElse(null));
    }

    /** The name identifier (unhashed) of the subject, if the credential carries one. */
    private static String recipientName(JsonNode subject) {
        for (JsonNode identifier : subject.path("identifier")) {
            if ("name".equals(identifier.path("identityType").asText()) && !identifier.path("hashed").asBoolean(true)) {
                return identifier.path("identityHash").asText(null);
            }
        }
        return subject.hasNonNull("name") ? subject.get("name").asText() : null;
    }

    private static String textOrNull(JsonNode node) {
        return node == null || !node.isTextual() ? null : node.asText();
    }

    private static Instant instant(JsonNode node) {
        try {
            return node == null || !node.isTextual() ? null : OffsetDateTime.parse(node.asText()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
