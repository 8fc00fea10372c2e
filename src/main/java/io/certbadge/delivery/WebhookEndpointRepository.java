package io.certbadge.delivery;

import io.certbadge.common.PublicIds;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class WebhookEndpointRepository implements PanacheRepository<WebhookEndpoint> {

    /**
     * An id we cannot have made ({@link PublicIds#looksValid}; a NUL, say, which PostgreSQL refuses
     * even in a comparison) is not found, without a query.
     */
    public Optional<WebhookEndpoint> findByPublicId(String publicId) {
        return PublicIds.looksValid(publicId) ? find("publicId", publicId).firstResultOptional() : Optional.empty();
    }

    public List<WebhookEndpoint> inOrderOfRegistration() {
        return list("order by createdAt, id");
    }

    /** A handful of rows at most (one per receiving system), so filtered here rather than in SQL. */
    public List<WebhookEndpoint> subscribedTo(WebhookEventType type) {
        return inOrderOfRegistration().stream().filter(endpoint -> endpoint.subscribesTo(type)).toList();
    }
}
