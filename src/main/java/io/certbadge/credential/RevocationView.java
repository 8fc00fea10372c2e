package io.certbadge.credential;

import java.time.Instant;

/**
 * The answer to a revocation: which credential, that it is revoked, since when and why. Nothing
 * more: the record and the candidate's e-mail address stay behind {@code GET /api/v1/credentials/{id}}.
 */
public record RevocationView(String id, Credential.Status status, Instant revokedAt, String reason) {

    static RevocationView of(Credential credential) {
        return new RevocationView(credential.publicId, Credential.Status.REVOKED, credential.revokedAt,
                credential.revocationReason);
    }
}
