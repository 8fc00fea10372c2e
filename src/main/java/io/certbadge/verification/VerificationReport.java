package io.certbadge.verification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The contract's verification report: a verdict, the checks behind it, and what the credential says. */
public record VerificationReport(boolean verified, Verdict status, List<CheckResult> checks, CredentialView credential) {

    /** From good to bad; a report takes the worst verdict any failed check stands for. */
    public enum Verdict { VALID, EXPIRED, REVOKED, INVALID }

    public record Reference(String id, String name) {
    }

    public record CredentialView(String id, Reference achievement, String recipientName, Reference issuer,
                                 Instant issuedAt, Instant validUntil, Instant revokedAt, String revocationReason) {
    }

    /** The first check that failed (skipped ones aside): the one that decided the verdict. Not part of the JSON. */
    public Optional<CheckResult> firstFailure() {
        return checks.stream().filter(CheckResult::failed).findFirst();
    }
}
