package io.certbadge.delivery;

import io.certbadge.credential.Credential;

import java.time.Instant;

/**
 * The body of a webhook delivery, written once when the event happens and sent unchanged on every
 * attempt. It names the credential and its record, never the recipient (no e-mail, no name).
 */
public record WebhookEvent(String type, Instant timestamp, Data data) {

    public record Data(String id, String recordId, String achievement, Credential.Status status,
                       String verificationUrl, Instant issuedAt, Instant revokedAt, String revocationReason) {
    }
}
