package io.certbadge.delivery;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Standard Webhooks signatures: the secret is {@code whsec_} + base64 of a random key, and
 * {@code webhook-signature} is {@code v1,} + base64 HMAC-SHA256, keyed with that key, over
 * {@code webhook-id.webhook-timestamp.body}.
 */
final class WebhookSignature {

    static final String SECRET_PREFIX = "whsec_";
    /** 256 bits, the HMAC-SHA256 output size (the specification asks for 24 to 64 bytes). */
    private static final int KEY_BYTES = 32;

    private WebhookSignature() {
    }

    static String newSecret(SecureRandom random) {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
    }

    static String sign(String secret, String webhookId, long timestamp, String body) {
        byte[] key = Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] signed = mac.doFinal((webhookId + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
