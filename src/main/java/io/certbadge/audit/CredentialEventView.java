package io.certbadge.audit;

import java.time.Instant;

/** One event of {@code GET /api/v1/credentials/{id}/events}. */
public record CredentialEventView(String type, Instant occurredAt, String apiKey, String requestId, String recordId,
                                  String credentialId, String signingKeyId, String detail) {

    static CredentialEventView of(CredentialEvent e) {
        return new CredentialEventView(e.type.name(), e.occurredAt, e.apiKeyName, e.requestId, e.recordId,
                e.credentialPublicId, e.signingKeyId, e.detail);
    }
}
