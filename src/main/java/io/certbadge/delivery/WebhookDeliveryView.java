package io.certbadge.delivery;

import io.certbadge.outbox.OutboxMessage;

import java.time.Instant;

/**
 * One event for one endpoint, as {@code GET /api/v1/webhooks/{id}/deliveries} shows it: its
 * {@code webhook-id}, how its attempts went, and when the next comes (null once sent or given up).
 */
public record WebhookDeliveryView(String eventId, String type, OutboxMessage.State state, Instant createdAt,
                                  int attempts, Instant lastAttemptAt, Integer lastStatusCode, String lastError,
                                  Instant nextAttemptAt, Instant sentAt) {

    static WebhookDeliveryView of(OutboxMessage message) {
        boolean pending = message.state == OutboxMessage.State.PENDING;
        return new WebhookDeliveryView(message.messageKey, message.eventType, message.state, message.createdAt,
                message.attempts, message.lastAttemptAt, message.lastStatusCode, message.lastError,
                pending ? message.nextAttemptAt : null, message.sentAt);
    }
}
