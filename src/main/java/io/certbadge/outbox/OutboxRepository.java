package io.certbadge.outbox;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class OutboxRepository implements PanacheRepository<OutboxMessage> {

    /**
     * Locks the next due message that no other transaction holds and no other instance has leased:
     * {@code FOR UPDATE SKIP LOCKED} makes concurrent claimers (threads or instances) pass each
     * other by instead of waiting or taking the same row.
     */
    public Optional<OutboxMessage> lockNextDue(Instant now) {
        @SuppressWarnings("unchecked")
        List<Number> ids = getEntityManager().createNativeQuery("""
                        select id from outbox_message
                        where state = 'PENDING' and next_attempt_at <= ?1 and (lease_until is null or lease_until <= ?1)
                        order by next_attempt_at, id
                        limit 1
                        for update skip locked""")
                .setParameter(1, now)
                .getResultList();
        return ids.stream().findFirst().map(id -> findById(id.longValue()));
    }

    public List<OutboxMessage> recentForEndpoint(String endpointId, int limit) {
        return find("endpointId = ?1 order by createdAt desc, id desc", endpointId).page(0, limit).list();
    }

    public List<OutboxMessage> forCredential(String credentialId, String channel) {
        return list("credentialId = ?1 and channel = ?2 order by createdAt, id", credentialId, channel);
    }

    public long countForChannelAndCredential(String channel, String credentialId) {
        return count("channel = ?1 and credentialId = ?2", channel, credentialId);
    }

    /** Stops every message still waiting for an endpoint that was removed. */
    public int cancelPendingForEndpoint(String endpointId) {
        return update("state = ?1, leaseOwner = null, leaseUntil = null where endpointId = ?2 and state = ?3",
                OutboxMessage.State.CANCELLED, endpointId, OutboxMessage.State.PENDING);
    }
}
