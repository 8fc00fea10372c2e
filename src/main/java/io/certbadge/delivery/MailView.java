package io.certbadge.delivery;

/**
 * What the earner's mail says (templates/Mail/*). Every value is text: the HTML templates escape it,
 * so a recipient's name is never markup. {@code revokedOn}/{@code reason} only in a revocation mail.
 */
public record MailView(String recipientName, String achievementName, String issuerName, String verificationUrl,
                       String linkedInUrl, String badgeUrl, String credentialUrl, String issuedOn, String validUntil,
                       String revokedOn, String reason) {
}
