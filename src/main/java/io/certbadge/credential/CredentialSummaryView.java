package io.certbadge.credential;

import java.time.Instant;

/** One search hit. */
public record CredentialSummaryView(String id, String recordId, Credential.Status status, String achievement,
                                    String recipientName, Instant issuedAt, Instant validUntil, Instant revokedAt,
                                    String verificationUrl) {
}
