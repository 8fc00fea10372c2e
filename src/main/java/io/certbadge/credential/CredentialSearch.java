package io.certbadge.credential;

/** The filters of {@code GET /api/v1/credentials}; null means "any". */
public record CredentialSearch(String email, String achievement, Credential.Status status, int page, int size) {
}
