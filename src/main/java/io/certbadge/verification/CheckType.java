package io.certbadge.verification;

import io.certbadge.verification.VerificationReport.Verdict;

/**
 * What a check is: its id in the report (part of the contract), its title for people, what a failure
 * makes the credential ({@code INVALID} for its integrity, {@code REVOKED}, {@code EXPIRED}), and its
 * place in the report (lower runs first).
 */
public record CheckType(String id, String title, Verdict failureVerdict, int order) {
}
