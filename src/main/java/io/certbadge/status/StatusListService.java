package io.certbadge.status;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.certbadge.openbadges.OpenBadgeJson;
import io.certbadge.signing.KeyRegistry;
import io.certbadge.signing.VcJwtSigner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Publishes each status list as a signed {@code BitstringStatusListCredential}. A list is re-signed
 * only when its revision (bumped by every revocation) or the signing key has changed.
 */
@ApplicationScoped
public class StatusListService {

    private final StatusListRepository lists;
    private final VcJwtSigner signer;
    private final KeyRegistry keys;
    private final OpenBadgeJson openBadges;
    private final Clock clock;
    private final Map<String, PublishedStatusList> cache = new ConcurrentHashMap<>();

    public StatusListService(StatusListRepository lists, VcJwtSigner signer, KeyRegistry keys,
                             OpenBadgeJson openBadges, Clock clock) {
        this.lists = lists;
        this.signer = signer;
        this.keys = keys;
        this.openBadges = openBadges;
        this.clock = clock;
    }

    public record PublishedStatusList(String listId, long revision, String keyId, String compactJwt,
                                      ObjectNode credential, String etag) {
    }

    @Transactional
    public Optional<PublishedStatusList> published(String listId) {
        return lists.findByListId(listId).map(this::current);
    }

    private PublishedStatusList current(StatusList list) {
        String keyId = keys.active().keyId();
        PublishedStatusList cached = cache.get(list.listId);
        if (cached != null && cached.revision() == list.revision && cached.keyId().equals(keyId)) {
            return cached;
        }
        PublishedStatusList fresh = sign(list, keyId);
        cache.put(list.listId, fresh);
        return fresh;
    }

    private PublishedStatusList sign(StatusList list, String keyId) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        ObjectNode credential = openBadges.statusListCredential(list.listId, list.purpose,
                Bitstring.encode(lists.revokedIndexes(list), list.capacity), now);
        String jwt = signer.sign(credential, now).value();
        String etag = list.listId + "-" + list.revision + "-" + keyId;
        return new PublishedStatusList(list.listId, list.revision, keyId, jwt, credential, etag);
    }
}
