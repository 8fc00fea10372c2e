package io.certbadge.verification;

import java.time.Instant;
import java.util.List;

/** The contract's verification report: a verdict, the checks behind it, and what the credential says. */
public record VerificationReport(boolean verified, Verdict status, List<CheckResult> checks, CredentialView credential) {

    public enum Verdict { VALID, REVOKED, EXPIRED, INVALID }

    public record Reference(String id, String name) {
    }

    public record CredentialView(String id, Reference achievement, String recipientName, Reference issuer,
                                 Instant issuedAt, Instant validUntil, Instant revokedAt, String revocationReason) {
    }
}
