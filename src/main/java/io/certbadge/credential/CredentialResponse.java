package io.certbadge.credential;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/** The body of a 201/200 from the issuing API: the credential and every link a trainer needs. */
public record CredentialResponse(String id, Credential.Status status, String achievement, String recipientName,
                                 Instant issuedAt, Instant validUntil, String verificationUrl, String credentialUrl,
                                 String qrCodeUrl, String badgeImageUrl, String linkedInAddToProfileUrl,
                                 String credentialJwt, JsonNode credential) {
}
