package io.certbadge.credential;

/**
 * Fired, synchronously, in the transaction that revokes a credential the first time (not on a repeat),
 * so that what observers write (mail and webhooks in the outbox) commits or rolls back with it.
 */
public record CredentialRevoked(String publicId) {
}
