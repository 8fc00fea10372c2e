package io.certbadge.signing;

/**
 * Fired inside the reporting transaction when a key is reported compromised; the audit trail
 * records it, so signing needs to know nothing of the audit trail.
 */
public record SigningKeyCompromised(KeyCompromise compromise, boolean wasSigning, String apiKeyName) {
}
