package io.certbadge.signing;

import io.certbadge.common.CertbadgeConfig;
import io.certbadge.common.PublicIds;
import io.certbadge.common.PublicUrls;
import io.certbadge.signing.dataintegrity.Ed25519Key;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Ed25519 keys of the Data Integrity proof, kept like the JWT keys: at start the configured key
 * file becomes the active key (registered under a new random key id the first time it is seen),
 * every other key is retired, and all stay published in the DID document.
 */
@ApplicationScoped
public class DataIntegrityKeys implements Ed25519SigningKeys {

    private static final Logger LOG = Logger.getLogger(DataIntegrityKeys.class);

    /** The key that makes new proofs: its database id, public key id and the key itself. */
    public record Active(Long id, String keyId, Ed25519Key key) {
    }

    private final DataIntegrityKeyRepository keys;
    private final PublicIds ids;
    private final PublicUrls urls;
    private final Clock clock;
    private final CertbadgeConfig config;
    private final Event<SigningKeyActivated> activated;
    /** Published keys by key id; a published key never changes, so one found is kept. */
    private final Map<String, String> publishedKeys = new ConcurrentHashMap<>();
    private volatile Active active;

    public DataIntegrityKeys(DataIntegrityKeyRepository keys, PublicIds ids, PublicUrls urls, Clock clock,
                             CertbadgeConfig config, Event<SigningKeyActivated> activated) {
        this.keys = keys;
        this.ids = ids;
        this.urls = urls;
        this.clock = clock;
        this.config = config;
        this.activated = activated;
    }

    void onStart(@Observes @Priority(10) StartupEvent event) {
        activate(Ed25519KeyLoader.load(config.signing().ed25519KeyFile()));
    }

    /** Makes {@code key} the one that signs (what a restart with a new key file does). */
    @Transactional
    public Active activate(Ed25519Key key) {
        Instant now = clock.instant();
        Optional<DataIntegrityKey> known = keys.findByPublicKey(key.publicKeyMultibase());
        DataIntegrityKey row = known.orElseGet(() -> register(key, now));
        boolean changed = known.isEmpty() || row.retiredAt != null;
        row.retiredAt = null;
        if (changed) {
            row.activatedAt = now;
        }
        List<String> retired = keys.activeExcept(row.id).stream().map(other -> {
            other.retiredAt = now;
            return other.keyId;
        }).toList();
        if (changed || !retired.isEmpty()) {
            activated.fire(new SigningKeyActivated(row.keyId, (known.isEmpty() ? "new " : "") + "Ed25519 key "
                    + urls.didWeb().verificationMethod(row.keyId) + " now signs the Data Integrity proofs"
                    + (retired.isEmpty() ? "" : "; retired (still published): " + String.join(", ", retired))));
        }
        active = new Active(row.id, row.keyId, key);
        LOG.infof("Data Integrity proofs signed with Ed25519 key %s", urls.didWeb().verificationMethod(row.keyId));
        return active;
    }

    @Override
    public Active active() {
        Active current = active;
        if (current == null) {
            throw new IllegalStateException("no Ed25519 key is active yet");
        }
        return current;
    }

    /** Every Ed25519 key that has been active, oldest first: all are published. */
    @Transactional
    public List<DataIntegrityKey> published() {
        return keys.published();
    }

    /** The Multikey of a published key id; empty for one never published. */
    @Transactional
    public Optional<String> publishedKey(String keyId) {
        String known = publishedKeys.get(keyId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<String> found = keys.findByKeyId(keyId).map(k -> k.publicKeyMultibase);
        found.ifPresent(key -> publishedKeys.put(keyId, key));
        return found;
    }

    private DataIntegrityKey register(Ed25519Key key, Instant now) {
        DataIntegrityKey row = new DataIntegrityKey();
        row.keyId = ids.next();
        row.publicKeyMultibase = key.publicKeyMultibase();
        row.createdAt = now;
        row.activatedAt = now;
        keys.persist(row);
        LOG.infof("Registered new Ed25519 key %s", row.keyId);
        return row;
    }
}
