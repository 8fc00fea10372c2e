package io.certbadge.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Where the certification system wants to hear about credential events. Its secret is stored
 * because every attempt is signed with it; the API shows it only in the answer that created it.
 */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "public_id", nullable = false, unique = true)
    public String publicId;

    @Column(nullable = false)
    public String url;

    /** {@link WebhookEventType#column}: the subscribed types, comma-separated in a fixed order. */
    @Column(nullable = false)
    public String events;

    @Column(nullable = false)
    public String secret;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    public List<WebhookEventType> eventTypes() {
        return Arrays.stream(events.split(",")).map(WebhookEventType::of).toList();
    }

    public boolean subscribesTo(WebhookEventType type) {
        return eventTypes().contains(type);
    }
}
