package io.certbadge.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.certbadge.outbox.Outbox;
import io.certbadge.outbox.OutboxMessage;
import io.certbadge.outbox.OutboxRepository;
import io.certbadge.support.Issuing;
import io.certbadge.support.Records;
import io.certbadge.support.Revoking;
import io.certbadge.support.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.certbadge.delivery.Webhooks.admin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Webhooks end to end, through the outbox, to a real HTTP receiver that checks every signature
 * with its own implementation of the Standard Webhooks algorithm ({@link StandardWebhooks}).
 */
@QuarkusTest
class WebhookDeliveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    TestClock clock;

    @Inject
    OutboxRepository messages;

    @Inject
    Outbox outbox;

    private final WebhookReceiver receiver = new WebhookReceiver();
    private final List<String> registered = new ArrayList<>();

    @AfterEach
    void removeEndpoints() {
        registered.forEach(Webhooks::remove);
        receiver.close();
    }

    @Test
    void shouldRetryAFailedDeliveryUnderTheSameIdWithAFreshValidSignature() throws IOException {
        receiver.answering(500);
        JsonPath hook = register("/certbadge", "credential.issued");
        String credentialId = Issuing.issue(Records.valid());

        WebhookReceiver.Received first = receiver.next();
        assertSigned(hook, first);
        assertEquals(Long.toString(TestClock.START.getEpochSecond()), first.header("webhook-timestamp"));
        assertEquals(credentialId, JSON.readTree(first.body()).at("/data/id").asText());
        Map<String, Object> failed = Webhooks.deliveriesOnce(hook.getString("id"), d -> attempts(d) == 1).get(0);
        assertEquals(first.header("webhook-id"), failed.get("eventId"));
        assertEquals("credential.issued", failed.get("type"));
        assertEquals("PENDING", failed.get("state"));
        assertEquals(500, failed.get("lastStatusCode"));
        assertEquals(TestClock.START.plusSeconds(30).toString(), failed.get("nextAttemptAt"),
                "RetrySchedule: the first retry 30 s after the first failure");

        clock.advance(Duration.ofSeconds(30));
        WebhookReceiver.Received retry = receiver.next();
        assertEquals(first.header("webhook-id"), retry.header("webhook-id"), "spec: the same id on every retry");
        assertEquals(first.bodyText(), retry.bodyText(), "the event was written once and is sent unchanged");
        assertEquals(Long.toString(TestClock.START.getEpochSecond() + 30), retry.header("webhook-timestamp"),
                "each attempt is signed at its own time, within the receiver's tolerance");
        assertSigned(hook, retry);
        Map<String, Object> sent = Webhooks.deliveriesOnce(hook.getString("id"), d -> attempts(d) == 2).get(0);
        assertEquals("SENT", sent.get("state"));
        assertEquals(200, sent.get("lastStatusCode"));
        assertNull(sent.get("nextAttemptAt"), "nothing more to try");
        assertEquals(TestClock.START.plusSeconds(30).toString(), sent.get("sentAt"));
        receiver.assertNothingFor(Duration.ofMillis(1500));
    }

    @Test
    void shouldDeliverIssuedAndRevokedEventsWithTheContractFieldsAndNoPersonalData() throws IOException {
        JsonPath both = register("/both", "credential.issued", "credential.revoked");
        JsonPath revokedOnly = register("/revoked-only", "credential.revoked");
        ObjectNode record = Records.valid();
        var issued = Issuing.post(record).statusCode(201).extract().jsonPath();
        String id = issued.getString("id");

        WebhookReceiver.Received issuedEvent = receiver.next();
        assertEquals("/both", issuedEvent.path(), "only the endpoint subscribed to credential.issued hears of it");
        assertSigned(both, issuedEvent);
        JsonNode body = JSON.readTree(issuedEvent.body());
        assertEquals(List.of("type", "timestamp", "data"), names(body));
        assertEquals(List.of("id", "recordId", "achievement", "status", "verificationUrl", "issuedAt", "revokedAt",
                "revocationReason"), names(body.get("data")));
        assertEquals("credential.issued", body.get("type").asText());
        assertEquals(issued.getString("issuedAt"), body.get("timestamp").asText());
        assertEquals(id, body.at("/data/id").asText());
        assertEquals(record.get("recordId").asText(), body.at("/data/recordId").asText());
        assertEquals(issued.getString("achievement"), body.at("/data/achievement").asText());
        assertEquals("ACTIVE", body.at("/data/status").asText());
        assertEquals("http://certbadge.test/verify/" + id, body.at("/data/verificationUrl").asText());
        assertEquals(issued.getString("issuedAt"), body.at("/data/issuedAt").asText());
        assertTrue(body.at("/data/revokedAt").isNull() && body.at("/data/revocationReason").isNull(), body.toString());
        assertNoPersonalData(record, issuedEvent);

        clock.advance(Duration.ofHours(2));
        Revoking.revoke(id, "Survey results could not be confirmed");
        List<WebhookReceiver.Received> revokedEvents = List.of(receiver.next(), receiver.next());
        for (WebhookReceiver.Received event : revokedEvents) {
            assertSigned(event.path().equals("/both") ? both : revokedOnly, event);
            JsonNode revoked = JSON.readTree(event.body());
            assertEquals("credential.revoked", revoked.get("type").asText());
            assertEquals("2026-12-01T14:00:00Z", revoked.get("timestamp").asText());
            assertEquals("REVOKED", revoked.at("/data/status").asText());
            assertEquals("2026-12-01T14:00:00Z", revoked.at("/data/revokedAt").asText());
            assertEquals("Survey results could not be confirmed", revoked.at("/data/revocationReason").asText());
            assertEquals(issued.getString("issuedAt"), revoked.at("/data/issuedAt").asText());
            assertNoPersonalData(record, event);
        }
        assertEquals(List.of("/both", "/revoked-only"), revokedEvents.stream().map(WebhookReceiver.Received::path).sorted().toList());
        assertFalse(revokedEvents.get(0).header("webhook-id").equals(revokedEvents.get(1).header("webhook-id")),
                "each endpoint's delivery is a message of its own");

        List<Map<String, Object>> toBoth = Webhooks.deliveriesOnce(both.getString("id"),
                d -> d.size() == 2 && d.stream().allMatch(m -> "SENT".equals(m.get("state"))));
        assertEquals(List.of("credential.revoked", "credential.issued"), toBoth.stream().map(m -> m.get("type")).toList(),
                "newest first");
        assertEquals(List.of(1, 1), toBoth.stream().map(m -> m.get("attempts")).toList());
    }

    @Test
    void shouldCancelPendingDeliveriesWhenTheEndpointIsRemoved() {
        receiver.answering(503, 503, 503);
        JsonPath hook = register("/flaky", "credential.issued");
        String endpointId = hook.getString("id");
        Issuing.issue(Records.valid());
        String webhookId = receiver.next().header("webhook-id");
        Webhooks.deliveriesOnce(endpointId, d -> attempts(d) == 1);

        Webhooks.remove(endpointId);
        registered.remove(endpointId);
        assertEquals(OutboxMessage.State.CANCELLED, stored(webhookId).state);
        admin().when().get("/api/v1/webhooks/" + endpointId + "/deliveries").then().statusCode(404);

        clock.advance(Duration.ofMinutes(5));
        receiver.assertNothingFor(Duration.ofMillis(2500));
    }

    @Test
    void shouldCancelAMessageWhoseEndpointIsGoneInsteadOfSendingIt() throws InterruptedException {
        // written for an endpoint that no longer exists (removed between the issuing transaction's read and its commit)
        String webhookId = "msg_orphan-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(new Outbox.NewMessage(WebhookFanOut.CHANNEL,
                webhookId, "credential.issued", null, "gone-" + UUID.randomUUID(), "{}")));
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        OutboxMessage message = stored(webhookId);
        while (message.state == OutboxMessage.State.PENDING && System.nanoTime() < deadline) {
            Thread.sleep(100);
            message = stored(webhookId);
        }
        assertEquals(OutboxMessage.State.CANCELLED, message.state);
        assertEquals(0, message.attempts, "cancelled, not counted as a failed attempt to retry for a day");
    }

    @Test
    void shouldWriteNoWebhookWhenNoEndpointIsSubscribed() {
        JsonPath revokedOnly = register("/revoked-only", "credential.revoked");
        String id = Issuing.issue(Records.valid());
        long queued = QuarkusTransaction.requiringNew().call(() -> messages.count("credentialId = ?1 and channel = ?2",
                id, WebhookFanOut.CHANNEL));
        assertEquals(0, queued, "an endpoint that did not subscribe to credential.issued gets nothing");
        assertEquals(List.of(), Webhooks.deliveries(revokedOnly.getString("id")));
    }

    private OutboxMessage stored(String webhookId) {
        return QuarkusTransaction.requiringNew().call(() -> messages.find("messageKey", webhookId).firstResult());
    }

    private JsonPath register(String path, String... events) {
        JsonPath hook = Webhooks.register(receiver.url(path), events);
        registered.add(hook.getString("id"));
        return hook;
    }

    private void assertSigned(JsonPath hook, WebhookReceiver.Received request) {
        assertEquals("POST", request.method());
        assertEquals("application/json", request.header("Content-Type"));
        assertTrue(request.header("webhook-id").startsWith("msg_"), request.header("webhook-id"));
        // the service's clock is the stopped test clock; a receiver compares with its own clock
        StandardWebhooks.verify(hook.getString("secret"), request.header("webhook-id"),
                request.header("webhook-timestamp"), request.header("webhook-signature"), request.body(), clock.instant());
    }

    private static void assertNoPersonalData(ObjectNode record, WebhookReceiver.Received request) {
        String body = request.bodyText();
        assertFalse(body.contains("@"), "no e-mail address in " + body);
        assertFalse(body.contains(Records.email(record)), body);
        assertFalse(body.contains(Records.candidate(record).get("name").asText()), "no recipient name in " + body);
    }

    private static int attempts(List<Map<String, Object>> deliveries) {
        return deliveries.isEmpty() ? 0 : (Integer) deliveries.get(0).get("attempts");
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
