package io.certbadge.delivery;

import java.time.Instant;
import java.util.List;

/** A registered endpoint as the admin API lists it: never with its secret. */
public record WebhookView(String id, String url, List<String> events, Instant createdAt) {

    static WebhookView of(WebhookEndpoint endpoint) {
        return new WebhookView(endpoint.publicId, endpoint.url,
                endpoint.eventTypes().stream().map(WebhookEventType::value).toList(), endpoint.createdAt);
    }
}
