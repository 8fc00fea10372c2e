package io.certbadge.delivery;

import io.certbadge.common.ProblemException;
import io.certbadge.common.PublicIds;
import io.certbadge.outbox.OutboxRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The certification system's webhook endpoints: register, list, remove, and what was delivered to each. */
@ApplicationScoped
public class WebhookService {

    /** How many of an endpoint's events the deliveries endpoint shows, newest first. */
    static final int RECENT_DELIVERIES = 100;

    private final WebhookEndpointRepository endpoints;
    private final OutboxRepository messages;
    private final WebhookRules rules;
    private final PublicIds ids;
    private final SecureRandom random;
    private final Clock clock;

    public WebhookService(WebhookEndpointRepository endpoints, OutboxRepository messages, WebhookRules rules,
                          PublicIds ids, SecureRandom random, Clock clock) {
        this.endpoints = endpoints;
        this.messages = messages;
        this.rules = rules;
        this.ids = ids;
        this.random = random;
        this.clock = clock;
    }

    @Transactional
    public WebhookCreatedResponse register(WebhookRequest request, String apiKeyName) {
        Set<WebhookEventType> types = rules.check(request);
        WebhookEndpoint endpoint = new WebhookEndpoint();
        endpoint.publicId = ids.next();
        endpoint.url = request.url();
        endpoint.events = WebhookEventType.column(types);
        endpoint.secret = WebhookSignature.newSecret(random);
        endpoint.createdAt = clock.instant();
        endpoint.createdBy = apiKeyName;
        endpoints.persist(endpoint);
        return WebhookCreatedResponse.of(endpoint);
    }

    @Transactional
    public List<WebhookView> list() {
        return endpoints.inOrderOfRegistration().stream().map(WebhookView::of).toList();
    }

    @Transactional
    public WebhookView find(String id) {
        return WebhookView.of(existing(id));
    }

    /** Deletes the endpoint, secret included; its pending deliveries are cancelled in the same transaction. */
    @Transactional
    public void remove(String id) {
        WebhookEndpoint endpoint = existing(id);
        messages.cancelPendingForEndpoint(endpoint.publicId);
        endpoints.delete(endpoint);
    }

    @Transactional
    public List<WebhookDeliveryView> deliveries(String id) {
        WebhookEndpoint endpoint = existing(id);
        return messages.recentForEndpoint(endpoint.publicId, RECENT_DELIVERIES).stream()
                .map(WebhookDeliveryView::of).toList();
    }

    /** Where a delivery for {@code endpointId} goes, or empty once the endpoint is removed. */
    @Transactional
    public Optional<WebhookSender.Target> target(String endpointId) {
        return endpoints.findByPublicId(endpointId).map(endpoint -> new WebhookSender.Target(endpoint.url, endpoint.secret));
    }

    /** For a delivery that found its endpoint gone: whatever else still waits for it is cancelled too. */
    @Transactional
    public void cancelDeliveries(String endpointId) {
        messages.cancelPendingForEndpoint(endpointId);
    }

    private WebhookEndpoint existing(String id) {
        return endpoints.findByPublicId(id)
                .orElseThrow(() -> ProblemException.notFound("No webhook endpoint has this id."));
    }
}
