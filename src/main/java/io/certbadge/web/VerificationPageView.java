package io.certbadge.web;

import java.time.Instant;
import java.util.List;

/**
 * What the verification page shows. {@code confirmed} says whether the details come from the
 * credential as this service issued it, or are only what a presented credential claims;
 * {@code logEntry} is its entry in the issuer's public log, when it is in it. Every sentence is
 * written by the template, in the reader's language, from these values.
 */
public record VerificationPageView(Verdict verdict, boolean confirmed, String recipientName, String achievementName,
                                   String achievementDescription, List<String> criteria, String achievementUrl,
                                   String issuerName, String issuerUrl, DateView issuedOn, DateView validUntil,
                                   DateView completedOn, List<Evidence> evidence, VerifiedBy verifiedBy,
                                   List<CheckView> checks, Long logEntry, Technical technical,
                                   CredentialLinks links) {

    public enum State {
        VALID, REVOKED, EXPIRED, INVALID;

        /** The CSS modifier: verdict-valid, verdict-revoked, … */
        public String modifier() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * The banner. {@code revokedOn}/{@code reason} for a revocation, {@code expiredOn} for an expiry,
     * {@code failed} the first failed integrity check of an invalid credential.
     */
    public record Verdict(State state, DateView revokedOn, String reason, DateView expiredOn, CheckView failed) {

        public String modifier() {
            return state.modifier();
        }

        public boolean revoked() {
            return state == State.REVOKED;
        }

        public boolean expired() {
            return state == State.EXPIRED;
        }
    }

    /** An instant for people (formatted by the template in the page's language) and for {@code <time datetime>}. */
    public record DateView(String iso, Instant instant) {

        public static DateView of(Instant instant) {
            return instant == null ? null : new DateView(instant.toString(), instant);
        }
    }

    public enum Outcome { PASSED, FAILED, SKIPPED }

    /** One check of the report: its id (the template names it), how it went, and the report's own detail. */
    public record CheckView(String id, Outcome outcome, String detail) {

        public boolean passed() {
            return outcome == Outcome.PASSED;
        }

        public boolean skipped() {
            return outcome == Outcome.SKIPPED;
        }
    }

    /** One piece of evidence the credential carries: a name, what it says, maybe a link. */
    public record Evidence(String name, String description, String url) {
    }

    /**
     * "Verified just now by {host}" and when the checks last ran: a kept page is re-confirmed on each
     * visit (nothing changed since), and checked again when something did.
     */
    public record VerifiedBy(String host, DateView at) {
    }

    /** For the technically minded, behind a {@code <details>}: what exactly was checked. */
    public record Technical(String keyId, List<String> proofs, String schema, String statusEntry, String logEntry) {
    }

    /** Everything a credential we issued links to; absent for a credential we did not issue. */
    public record CredentialLinks(String verificationUrl, String qrSvgUrl, String qrPngUrl, String credentialUrl,
                                  String jwtUrl, String badgeImageUrl, String shareImageUrl,
                                  String linkedInAddToProfileUrl, String linkedInShareUrl) {
    }

    /**
     * Whether to offer LinkedIn: only for a current certification. A revoked, expired or invalid
     * one must not be advertised.
     */
    public boolean shareable() {
        return links != null && verdict.state() == State.VALID;
    }

    /** Greyed and stamped: the badge no longer stands for a current certification. */
    public boolean stamped() {
        return verdict.state() == State.REVOKED || verdict.state() == State.EXPIRED;
    }
}
