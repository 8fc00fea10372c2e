package io.certbadge.web;

import java.util.List;

/**
 * What the verification page shows. {@code confirmed} says whether the details come from the
 * credential as this service issued it, or are only what a presented credential claims.
 */
public record VerificationPageView(Verdict verdict, boolean confirmed, String recipientName, String achievementName,
                                   String achievementDescription, List<String> criteria, String achievementUrl,
                                   String issuerName, String issuerUrl, DateView issuedOn, DateView validUntil,
                                   List<CheckView> checks, CredentialLinks links) {

    /** The banner: a CSS modifier (valid, revoked, expired, invalid), a one-word title and a sentence. */
    public record Verdict(String modifier, String title, String sentence) {
    }

    /** A date for people ({@code text}) with its machine-readable form for {@code <time datetime>}. */
    public record DateView(String iso, String text) {
    }

    public record CheckView(String name, boolean passed, String detail) {
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
