package io.certbadge.credential;

/**
 * Fired, synchronously, in the transaction that stores a newly issued credential (not on a repeat),
 * so that what observers write (mail and webhooks in the outbox) commits or rolls back with it.
 */
public record CredentialIssued(String publicId) {
}
