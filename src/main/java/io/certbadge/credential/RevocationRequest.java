package io.certbadge.credential;

/** Body of {@code POST /api/v1/credentials/{id}/revocation}. */
public record RevocationRequest(String reason) {
}
