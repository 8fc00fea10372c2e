package io.certbadge.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.certbadge.common.PublicIds;
import io.certbadge.common.PublicUrls;
import io.certbadge.credential.Credential;
import io.certbadge.credential.CredentialIssued;
import io.certbadge.credential.CredentialRepository;
import io.certbadge.credential.CredentialRevoked;
import io.certbadge.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Writes one webhook message per subscribed endpoint into the outbox, in the transaction that
 * issues or revokes the credential, so an event is delivered exactly when its change commits (and
 * after a crash too). The body is written here, once: every attempt sends these same bytes under
 * the same {@code webhook-id}, which receivers use to recognise a retry.
 */
@ApplicationScoped
public class WebhookFanOut {

    /** What the outbox's WEBHOOK channel holds; {@link WebhookHandler} sends it. */
    public static final String CHANNEL = "WEBHOOK";

    private final WebhookEndpointRepository endpoints;
    private final CredentialRepository credentials;
    private final Outbox outbox;
    private final PublicUrls urls;
    private final PublicIds ids;
    private final ObjectMapper json;
    private final Clock clock;

    public WebhookFanOut(WebhookEndpointRepository endpoints, CredentialRepository credentials, Outbox outbox,
                         PublicUrls urls, PublicIds ids, ObjectMapper json, Clock clock) {
        this.endpoints = endpoints;
        this.credentials = credentials;
        this.outbox = outbox;
        this.urls = urls;
        this.ids = ids;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onIssued(@Observes CredentialIssued issued) {
        fanOut(WebhookEventType.ISSUED, issued.publicId());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onRevoked(@Observes CredentialRevoked revoked) {
        fanOut(WebhookEventType.REVOKED, revoked.publicId());
    }

    private void fanOut(WebhookEventType type, String publicId) {
        List<WebhookEndpoint> subscribed = endpoints.subscribedTo(type);
        if (subscribed.isEmpty()) {
            return;
        }
        Credential c = credentials.findByPublicId(publicId)
                .orElseThrow(() -> new IllegalStateException("credential " + publicId + " fired an event but is not stored"));
        String body = body(type, c);
        for (WebhookEndpoint endpoint : subscribed) {
            outbox.enqueue(new Outbox.NewMessage(CHANNEL, "msg_" + ids.next(), type.value(), publicId,
                    endpoint.publicId, body));
        }
    }

    private String body(WebhookEventType type, Credential c) {
        Instant happened = type == WebhookEventType.REVOKED ? c.revokedAt : c.issuedAt;
        WebhookEvent event = new WebhookEvent(type.value(), happened, new WebhookEvent.Data(c.publicId, c.recordId,
                c.achievement.slug, c.statusAt(clock.instant()), urls.verification(c.publicId), c.issuedAt,
                c.revokedAt, c.revocationReason));
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a webhook event of plain values could not be written as JSON", e);
        }
    }
}
