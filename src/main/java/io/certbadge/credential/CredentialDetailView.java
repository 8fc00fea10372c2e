package io.certbadge.credential;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/** {@code GET /api/v1/credentials/{id}}: the credential, its revocation and the record it came from. */
public record CredentialDetailView(@JsonUnwrapped CredentialResponse credentialResponse, String recordId,
                                   JsonNode record, String issuedBy, Instant revokedAt, String revocationReason,
                                   String revokedBy) {
}
