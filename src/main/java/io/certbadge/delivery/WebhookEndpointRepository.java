package io.certbadge.delivery;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class WebhookEndpointRepository implements PanacheRepository<WebhookEndpoint> {

    public Optional<WebhookEndpoint> findByPublicId(String publicId) {
        return find("publicId", publicId).firstResultOptional();
    }

    public List<WebhookEndpoint> inOrderOfRegistration() {
        return list("order by createdAt, id");
    }

    /** A handful of rows at most (one per receiving system), so filtered here rather than in SQL. */
    public List<WebhookEndpoint> subscribedTo(WebhookEventType type) {
        return inOrderOfRegistration().stream().filter(endpoint -> endpoint.subscribesTo(type)).toList();
    }
}
