package io.certbadge.signing;

/**
 * Fired (synchronously, inside the activating transaction) when a key starts signing or other keys
 * are retired; the audit trail records it, so signing needs to know nothing of the audit trail.
 */
public record SigningKeyActivated(String keyId, String detail) {
}
