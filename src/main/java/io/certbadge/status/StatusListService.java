package io.certbadge.status;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads each status list as signed and stored by the {@link StatusListPublisher}. Serving a list
 * ({@link #published}) re-signs one that an older key signed; reading it for verification
 * ({@link #signed}) never signs.
 */
@ApplicationScoped
public class StatusListService {

    private final StatusListRepository lists;
    private final StatusListPublisher publisher;
    private final ObjectMapper json;
    /** The parsed form of each list's stored JSON, by list id, kept while its ETag stays the same. */
    private final Map<String, PublishedStatusList> parsed = new ConcurrentHashMap<>();

    public StatusListService(StatusListRepository lists, StatusListPublisher publisher, ObjectMapper json) {
        this.lists = lists;
        this.publisher = publisher;
        this.json = json;
    }

    /** For {@code GET /status/{listId}}: the list as published now. */
    @Transactional
    public Optional<PublishedStatusList> published(String listId) {
        return lists.findByListId(listId).map(list -> {
            if (publisher.isStale(list)) {
                publisher.sign(list);
            }
            return view(list);
        });
    }

    /** For verification: the list as last signed, or empty for an unknown or never signed list. */
    @Transactional
    public Optional<PublishedStatusList> signed(String listId) {
        return lists.findByListId(listId).filter(list -> list.signedJwt != null).map(this::view);
    }

    private PublishedStatusList view(StatusList list) {
        String etag = list.listId + "-" + list.signedRevision + "-" + list.signedKeyId;
        PublishedStatusList known = parsed.get(list.listId);
        if (known != null && known.etag().equals(etag)) {
            return known;
        }
        PublishedStatusList fresh = new PublishedStatusList(list.listId, list.signedRevision, list.signedKeyId,
                list.signedJwt, parse(list.signedCredential), etag);
        parsed.put(list.listId, fresh);
        return fresh;
    }

    private ObjectNode parse(String stored) {
        try {
            return (ObjectNode) json.readTree(stored);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalStateException("stored status list JSON is corrupt", e);
        }
    }
}
