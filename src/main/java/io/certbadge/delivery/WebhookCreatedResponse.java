package io.certbadge.delivery;

import java.time.Instant;
import java.util.List;

/** The answer to {@code POST /api/v1/webhooks}: the only time the secret is shown. */
public record WebhookCreatedResponse(String id, String url, List<String> events, String secret, Instant createdAt) {

    static WebhookCreatedResponse of(WebhookEndpoint endpoint) {
        WebhookView view = WebhookView.of(endpoint);
        return new WebhookCreatedResponse(view.id(), view.url(), view.events(), endpoint.secret, view.createdAt());
    }
}
