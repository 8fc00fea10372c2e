package io.certbadge.web;

import java.util.List;

/**
 * What the verification page shows. {@code confirmed} says whether the details come from the
 * credential as this service issued it, or are only what a presented credential claims;
 * {@code logEntry} is its entry in the issuer's public log, when it is in it.
 */
public record VerificationPageView(Verdict verdict, boolean confirmed, String recipientName, String achievementName,
                                   String achievementDescription, List<String> criteria, String achievementUrl,
                                   String issuerName, String issuerUrl, DateView issuedOn, DateView validUntil,
                                   List<CheckView> checks, Long logEntry, CredentialLinks links) {

    /** The banner: a CSS modifier (valid, revoked, expired, invalid), a one-word title and a sentence. */
    public record Verdict(String modifier, String title, String sentence) {
    }

    /** A date for people ({@code text}) with its machine-readable form for {@code <time datetime>}. */
    public record DateView(String iso, String text) {
    }

    /** A check as people read it; {@code skipped}: it did not decide anything (not a failure). */
    public record CheckView(String name, boolean passed, boolean skipped, String detail) {
    }

    /** Everything a credential we issued links to; absent for a credential we did not issue. */
    public record CredentialLinks(String verificationUrl, String qrSvgUrl, String qrPngUrl, String credentialUrl,
                                  String jwtUrl, String badgeImageUrl, String shareImageUrl,
                                  String linkedInAddToProfileUrl, String linkedInShareUrl) {
    }

    /**
     * Whether to offer LinkedIn: an expired certification still belongs on a profile (with its
     * expiry date), a revoked or invalid one does not.
     */
    public boolean shareable() {
        return links != null && ("valid".equals(verdict.modifier()) || "expired".equals(verdict.modifier()));
    }

    /** For the Open Graph and Twitter tags: who earned what, from whom. */
    public String previewTitle() {
        return recipientName == null ? achievementName : recipientName + " \u2013 " + achievementName;
    }

    public String previewDescription() {
        return achievementName + ", an Open Badges 3.0 certification issued by " + issuerName
                + ". Open the link to verify it.";
    }
}
