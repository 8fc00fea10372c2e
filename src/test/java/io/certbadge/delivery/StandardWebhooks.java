package io.certbadge.delivery;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * A receiver's check of a delivery, written from the Standard Webhooks specification
 * (github.com/standard-webhooks/standard-webhooks, spec/standard-webhooks.md, "Verifying webhook
 * authenticity"), independently of the production signer: strip {@code whsec_}, base64-decode the
 * rest as the key, HMAC-SHA256 over {@code msg_id.timestamp.payload}, base64, and compare in
 * constant time with each space-separated {@code v1,<signature>} of the header; reject a
 * timestamp outside the tolerance (the spec's libraries use 5 minutes).
 */
final class StandardWebhooks {

    static final Duration TOLERANCE = Duration.ofMinutes(5);

    private StandardWebhooks() {
    }

    /** Throws AssertionError naming what is wrong; {@code now} is the receiver's clock. */
    static void verify(String secret, String msgId, String timestamp, String signatureHeader, byte[] payload,
                       Instant now) {
        if (msgId == null || timestamp == null || signatureHeader == null) {
            throw new AssertionError("spec: webhook-id, webhook-timestamp and webhook-signature are required");
        }
        Instant sent = Instant.ofEpochSecond(Long.parseLong(timestamp));
        if (Duration.between(sent, now).abs().compareTo(TOLERANCE) > 0) {
            throw new AssertionError("spec: timestamp " + sent + " is outside the tolerance around " + now);
        }
        if (!secret.startsWith("whsec_")) {
            throw new AssertionError("spec: the secret is prefixed whsec_: " + secret);
        }
        byte[] expected = hmacSha256(Base64.getDecoder().decode(secret.substring("whsec_".length())),
                concat((msgId + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8), payload));
        for (String versioned : signatureHeader.split(" ")) {
            int comma = versioned.indexOf(',');
            if (comma > 0 && versioned.substring(0, comma).equals("v1")
                    && MessageDigest.isEqual(expected, Base64.getDecoder().decode(versioned.substring(comma + 1)))) {
                return;
            }
        }
        throw new AssertionError("spec: no v1 signature in '" + signatureHeader + "' matches");
    }

    private static byte[] hmacSha256(byte[] key, byte[] content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(content);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
