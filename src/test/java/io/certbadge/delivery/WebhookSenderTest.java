package io.certbadge.delivery;

import io.certbadge.outbox.OutboxHandler.Attempt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One attempt against a real HTTP server: what is sent, and which answers count as delivered. */
class WebhookSenderTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final String BODY = "{\"type\":\"credential.issued\",\"data\":{\"id\":\"x\",\"name\":\"Zoë\"}}";

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final WebhookTargets development = new WebhookTargets(true, InetAddress::getAllByName);
    private final String secret = WebhookSignature.newSecret(new SecureRandom());
    private final WebhookReceiver receiver = new WebhookReceiver();

    @AfterEach
    void stop() {
        receiver.close();
    }

    @Test
    void shouldPostTheBodySignedPerStandardWebhooks() {
        receiver.answering(204);
        Attempt attempt = sender(Duration.ofSeconds(10), development).send(target("/hook"), "msg_abc", BODY);
        assertEquals(Attempt.success(204), attempt);
        WebhookReceiver.Received request = receiver.next();
        assertEquals("POST", request.method());
        assertEquals("/hook", request.path());
        assertEquals("application/json", request.header("Content-Type"));
        assertEquals("msg_abc", request.header("webhook-id"));
        assertEquals(Long.toString(NOW.getEpochSecond()), request.header("webhook-timestamp"));
        assertEquals(BODY, request.bodyText());
        StandardWebhooks.verify(secret, request.header("webhook-id"), request.header("webhook-timestamp"),
                request.header("webhook-signature"), request.body(), NOW);
    }

    @Test
    void shouldCountOnlyA2xxAsDelivered() {
        receiver.answering(500, 404, 202);
        WebhookSender sender = sender(Duration.ofSeconds(10), development);
        assertEquals(Attempt.failure(500, "answered HTTP 500"), sender.send(target("/hook"), "msg_1", BODY));
        assertEquals(Attempt.failure(404, "answered HTTP 404"), sender.send(target("/hook"), "msg_1", BODY));
        assertEquals(Attempt.success(202), sender.send(target("/hook"), "msg_1", BODY));
    }

    @Test
    void shouldNotFollowARedirect() {
        receiver.answering(307);
        Attempt attempt = sender(Duration.ofSeconds(10), development).send(target("/hook"), "msg_1", BODY);
        assertFalse(attempt.delivered());
        assertEquals(307, attempt.statusCode());
        assertEquals("/hook", receiver.next().path());
        receiver.assertNothingFor(Duration.ofMillis(300));
    }

    @Test
    void shouldGiveUpTheAttemptWhenTheAnswerTakesLongerThanTheTimeout() {
        receiver.slow(Duration.ofSeconds(3));
        long started = System.nanoTime();
        Attempt attempt = sender(Duration.ofSeconds(1), development).send(target("/hook"), "msg_1", BODY);
        assertFalse(attempt.delivered());
        assertNull(attempt.statusCode());
        assertEquals("no complete answer within 1 s", attempt.error());
        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofMillis(2500)) < 0,
                "the attempt ends at the timeout, not when the server answers");
    }

    @Test
    void shouldReportAnEndpointThatRefusesTheConnection() {
        String url = receiver.url("/hook");
        receiver.close();
        Attempt attempt = sender(Duration.ofSeconds(5), development).send(new WebhookSender.Target(url, secret), "msg_1", BODY);
        assertFalse(attempt.delivered());
        assertNull(attempt.statusCode());
        assertTrue(attempt.error().startsWith("could not connect"), attempt.error());
    }

    @Test
    void shouldNotConnectToAnInternalAddressInProduction() {
        WebhookTargets production = new WebhookTargets(false, InetAddress::getAllByName);
        Attempt attempt = sender(Duration.ofSeconds(5), production).send(target("/hook"), "msg_1", BODY);
        assertFalse(attempt.delivered());
        assertNull(attempt.statusCode());
        assertTrue(attempt.error().contains("127.0.0.1, a loopback address"), attempt.error());
        receiver.assertNothingFor(Duration.ofMillis(300));
    }

    private WebhookSender sender(Duration timeout, WebhookTargets targets) {
        return new WebhookSender(timeout, targets, clock);
    }

    private WebhookSender.Target target(String path) {
        return new WebhookSender.Target(receiver.url(path), secret);
    }
}
