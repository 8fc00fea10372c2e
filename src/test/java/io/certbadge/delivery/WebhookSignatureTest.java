package io.certbadge.delivery;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The signer against the test vector the Standard Webhooks reference libraries publish, and the
 * tests' own verifier against it, so neither can agree with the other on a mistake.
 */
class WebhookSignatureTest {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long TIMESTAMP = 1614265330;
    private static final String BODY = "{\"test\": 2432232314}";
    private static final String SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
    private static final Instant THEN = Instant.ofEpochSecond(TIMESTAMP);

    @Test
    void shouldReproduceThePublishedTestVector() {
        assertEquals(SIGNATURE, WebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY));
    }

    @Test
    void shouldHaveTheTestVerifierAcceptTheVectorAndNothingElse() {
        StandardWebhooks.verify(SECRET, ID, Long.toString(TIMESTAMP), SIGNATURE, bytes(BODY), THEN);
        StandardWebhooks.verify(SECRET, ID, Long.toString(TIMESTAMP), "v1,bm9wZQ== " + SIGNATURE, bytes(BODY), THEN);
        assertThrows(AssertionError.class, () -> StandardWebhooks.verify(SECRET, ID, Long.toString(TIMESTAMP),
                SIGNATURE, bytes("{\"test\": 2432232315}"), THEN), "another body");
        assertThrows(AssertionError.class, () -> StandardWebhooks.verify(SECRET, "msg_other", Long.toString(TIMESTAMP),
                SIGNATURE, bytes(BODY), THEN), "another id");
        assertThrows(AssertionError.class, () -> StandardWebhooks.verify(WebhookSignature.newSecret(new SecureRandom()),
                ID, Long.toString(TIMESTAMP), SIGNATURE, bytes(BODY), THEN), "another secret");
        assertThrows(AssertionError.class, () -> StandardWebhooks.verify(SECRET, ID, Long.toString(TIMESTAMP),
                SIGNATURE, bytes(BODY), THEN.plusSeconds(301)), "outside the 5-minute tolerance");
        assertThrows(AssertionError.class, () -> StandardWebhooks.verify(SECRET, ID, Long.toString(TIMESTAMP),
                "v2," + SIGNATURE.substring(3), bytes(BODY), THEN), "an unknown version");
    }

    @Test
    void shouldMakeSecretsOf32RandomBytes() {
        SecureRandom random = new SecureRandom();
        String secret = WebhookSignature.newSecret(random);
        assertTrue(secret.startsWith("whsec_"), secret);
        assertEquals(32, Base64.getDecoder().decode(secret.substring(6)).length);
        assertNotEquals(secret, WebhookSignature.newSecret(random));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
