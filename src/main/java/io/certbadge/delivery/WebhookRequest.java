package io.certbadge.delivery;

import java.util.List;

/** The body of {@code POST /api/v1/webhooks}: where to send which events. {@link WebhookRules} checks it. */
public record WebhookRequest(String url, List<String> events) {
}
