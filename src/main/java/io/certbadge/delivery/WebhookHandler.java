package io.certbadge.delivery;

import io.certbadge.outbox.OutboxHandler;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.Optional;

/** Sends the outbox's WEBHOOK messages: each one event, already written, to one endpoint. */
@ApplicationScoped
public class WebhookHandler implements OutboxHandler {

    private static final Logger LOG = Logger.getLogger(WebhookHandler.class);

    private final WebhookService webhooks;
    private final WebhookSender sender;

    public WebhookHandler(WebhookService webhooks, WebhookSender sender) {
        this.webhooks = webhooks;
        this.sender = sender;
    }

    @Override
    public String channel() {
        return WebhookFanOut.CHANNEL;
    }

    @Override
    public Attempt deliver(Message message) {
        Optional<WebhookSender.Target> target = webhooks.target(message.endpointId());
        if (target.isEmpty()) {
            // removed since this was written: cancelled, so the outbox records nothing more for it
            webhooks.cancelDeliveries(message.endpointId());
            return Attempt.failure(null, "the endpoint was removed");
        }
        return sender.send(target.get(), message.messageKey(), message.payload());
    }

    @Override
    public void recorded(Message message, Attempt attempt, boolean gaveUp) {
        if (gaveUp) {
            LOG.warnf("Webhook %s (%s) to endpoint %s given up after %d attempts; last: %s", message.messageKey(),
                    message.eventType(), message.endpointId(), message.attempt(), attempt.error());
        }
    }
}
