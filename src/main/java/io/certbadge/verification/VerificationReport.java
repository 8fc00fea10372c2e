package io.certbadge.verification;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The contract's verification report: a verdict, the checks behind it, what the credential says,
 * and, once it is in the issuer's public log, where ({@code log}, absent otherwise).
 */
public record VerificationReport(boolean verified, Verdict status, List<CheckResult> checks, CredentialView credential,
                                 @JsonInclude(JsonInclude.Include.NON_NULL) LogEntry log) {

    /** From good to bad; a report takes the worst verdict any failed check stands for. */
    public enum Verdict { VALID, EXPIRED, REVOKED, INVALID }

    public record Reference(String id, String name) {
    }

    public record CredentialView(String id, Reference achievement, String recipientName, Reference issuer,
                                 Instant issuedAt, Instant validUntil, Instant revokedAt, String revocationReason) {
    }

    /**
     * The credential's leaf in the issuer's public log, with what anyone needs to check it: the RFC
     * 9162 inclusion proof (base64 hashes) against the tree of {@code checkpoint}, whose size and
     * root hash are {@code treeSize} and {@code rootHash}.
     */
    public record LogEntry(long leafIndex, long treeSize, String rootHash, List<String> inclusionProof,
                           String checkpoint) {
    }

    /** The first check that failed (skipped ones aside): the one that decided the verdict. Not part of the JSON. */
    public Optional<CheckResult> firstFailure() {
        return checks.stream().filter(CheckResult::failed).findFirst();
    }
}
