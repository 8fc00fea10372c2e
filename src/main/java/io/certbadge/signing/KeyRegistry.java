package io.certbadge.signing;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyRevocation;
import io.certbadge.common.CertbadgeConfig;
import io.certbadge.common.ProblemException;
import io.certbadge.common.ProblemType;
import io.certbadge.common.PublicIds;
import io.certbadge.common.PublicUrls;
import io.certbadge.common.VerificationRevision;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
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
    /** Why this instance signs nothing: its key was reported compromised (null while it signs). */
    private volatile KeyCompromise suspended;

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
        known.flatMap(SigningKey::compromise).ifPresent(compromise -> {
            throw new IllegalStateException("certbadge refuses to sign with key " + compromise.keyId() + ": it was"
                    + " reported compromised as of " + compromise.compromisedAt() + " (" + compromise.reason() + ")."
                    + " Point certbadge.signing.key-file at a new key (README, Key compromise)");
        });
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
        suspended = null;
        LOG.infof("Signing with %s key %s", material.algorithm(), urls.key(key.keyId));
        return active;
    }

    @Override
    public ActiveKey active() {
        ActiveKey current = active;
        if (current == null) {
            KeyCompromise why = suspended;
            if (why != null) {
                throw new ProblemException(ProblemType.SIGNING_SUSPENDED, "Signing is suspended: key " + why.keyId()
                        + " was reported compromised. The operator must configure a new signing key.");
            }
            throw new IllegalStateException("no signing key is active yet");
        }
        return current;
    }

    /** The key id this instance signs with now, if any. */
    public Optional<String> activeKeyId() {
        ActiveKey current = active;
        return current == null ? Optional.empty() : Optional.of(current.keyId());
    }

    /** Once a report of compromise has committed: if this instance signs with that key, it stops. */
    void stopSigning(@Observes(during = TransactionPhase.AFTER_SUCCESS) SigningKeyCompromised reported) {
        stopSigningWith(reported.compromise());
    }

    void stopSigningWith(KeyCompromise compromise) {
        ActiveKey current = active;
        if (current != null && current.keyId().equals(compromise.keyId())) {
            suspended = compromise;
            active = null;
            LOG.errorf("Signing key %s was reported compromised as of %s; this instance signs nothing until it is"
                    + " restarted with a new key", compromise.keyId(), compromise.compromisedAt());
        }
    }

    /** The public JWK of a key id as served at its {@code kid} URL now, marked when it was compromised. */
    @Transactional
    public Optional<JWK> servedKey(String keyId) {
        return keys.findByKeyId(keyId).map(this::toPublishedJwk);
    }

    /** The published public JWK of a key id, with its {@code kid} URL; kept, as its key material never changes. */
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
            JWK published = JWK.parse(json);
            // OpenID Federation's JWK "revoked" member: the key stays, so that what it signed before still verifies.
            return key.compromisedAt == null ? published : published.toRevokedJWK(
                    new KeyRevocation(Date.from(key.compromisedAt), KeyRevocation.Reason.COMPROMISED));
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
