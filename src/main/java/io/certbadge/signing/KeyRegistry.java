package io.certbadge.signing;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import io.certbadge.common.CertbadgeConfig;
import io.certbadge.common.PublicIds;
import io.certbadge.common.PublicUrls;
import io.certbadge.common.VerificationRevision;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The key registry: which keys exist, which one signs now (active), which are retired, and what is
 * published. Signing itself is the {@link ProofSigner}s' job. Keeps the key set: at start the configured key file becomes the active key (registered with a new
 * random key id the first time it is seen); every other key is retired but stays published.
 */
@ApplicationScoped
public class KeyRegistry implements SigningKeys {

    private static final Logger LOG = Logger.getLogger(KeyRegistry.class);

    private final SigningKeyRepository keys;
    private final PublicIds ids;
    private final PublicUrls urls;
    private final Clock clock;
    private final CertbadgeConfig config;
    private final Event<SigningKeyActivated> activated;
    private final VerificationRevision revision;
    /**
     * Published keys, by key id. A published public key never changes and is never withdrawn, so
     * one found is kept; a miss is not (another instance may have just activated that key).
     */
    private final Map<String, JWK> publishedKeys = new ConcurrentHashMap<>();
    private volatile ActiveKey active;

    public KeyRegistry(SigningKeyRepository keys, PublicIds ids, PublicUrls urls, Clock clock,
                       CertbadgeConfig config, Event<SigningKeyActivated> activated, VerificationRevision revision) {
        this.keys = keys;
        this.ids = ids;
        this.urls = urls;
        this.clock = clock;
        this.config = config;
        this.activated = activated;
        this.revision = revision;
    }

    void onStart(@Observes @Priority(10) StartupEvent event) {
        activate(PemKeyLoader.load(config.signing().keyFile()));
    }

    /** Makes {@code material} the signing key (what a restart with a new key file does). */
    @Transactional
    public ActiveKey activate(KeyMaterial material) {
        Instant now = clock.instant();
        Optional<SigningKey> known = keys.findByThumbprint(material.thumbprint());
        SigningKey key = known.orElseGet(() -> register(material, now));
        boolean changed = known.isEmpty() || key.retiredAt != null;
        if (key.retiredAt != null) {
            key.retiredAt = null;
            key.activatedAt = now;
        }
        List<String> retired = new ArrayList<>();
        for (SigningKey other : keys.activeExcept(key.id)) {
            other.retiredAt = now;
            retired.add(other.keyId);
            LOG.infof("Signing key %s retired from signing; it stays published", other.keyId);
        }
        // A restart with the same key changes nothing, so it is not an event.
        if (changed || !retired.isEmpty()) {
            revision.keySetChanged();
            activated.fire(new SigningKeyActivated(key.keyId, (known.isEmpty() ? "new " : "") + material.algorithm() + " key "
                    + urls.key(key.keyId) + " now signs" + (retired.isEmpty() ? "" : "; retired (still published): "
                    + String.join(", ", retired))));
        }
        active = new ActiveKey(key.id, key.keyId, material);
        LOG.infof("Signing with %s key %s", material.algorithm(), urls.key(key.keyId));
        return active;
    }

    @Override
    public ActiveKey active() {
        ActiveKey current = active;
        if (current == null) {
            throw new IllegalStateException("no signing key is active yet");
        }
        return current;
    }

    /** The published public JWK of a key id, with its {@code kid} URL. */
    @Override
    @Transactional
    public Optional<JWK> publishedKey(String keyId) {
        JWK known = publishedKeys.get(keyId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<JWK> found = keys.findByKeyId(keyId).map(this::toPublishedJwk);
        found.ifPresent(jwk -> publishedKeys.put(keyId, jwk));
        return found;
    }

    @Transactional
    public JWKSet publishedKeySet() {
        return new JWKSet(keys.published().stream().map(this::toPublishedJwk).toList());
    }

    @Transactional
    public List<SigningKey> publishedKeys() {
        return keys.published();
    }

    public JWK toPublishedJwk(SigningKey key) {
        try {
            JWK jwk = JWK.parse(key.publicJwk);
            java.util.Map<String, Object> json = jwk.toJSONObject();
            json.put("kid", urls.key(key.keyId));
            json.put("alg", key.algorithm);
            json.put("use", "sig");
            return JWK.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("stored public key " + key.keyId + " is not a JWK", e);
        }
    }

    private SigningKey register(KeyMaterial material, Instant now) {
        SigningKey key = new SigningKey();
        key.keyId = ids.next();
        key.algorithm = material.algorithm().getName();
        key.thumbprint = material.thumbprint();
        key.publicJwk = material.publicJwk().toJSONString();
        key.createdAt = now;
        key.activatedAt = now;
        keys.persist(key);
        LOG.infof("Registered new signing key %s (%s)", key.keyId, key.algorithm);
        return key;
    }
}
