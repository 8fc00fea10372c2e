package io.certbadge.signing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A public key that has signed (or may sign) credentials. Active while {@code retiredAt} is null;
 * a retired key signs nothing more but stays published so its credentials keep verifying. A
 * compromised key is retired for good.
 */
@Entity
@Table(name = "signing_key")
public class SigningKey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Random public id, the last segment of the {@code kid} URL; never given to another key. */
    @Column(name = "key_id", nullable = false, unique = true)
    public String keyId;

    @Column(nullable = false)
    public String algorithm;

    @Column(nullable = false, unique = true)
    public String thumbprint;

    /** The public JWK as JSON, without {@code kid} (that is built from the base URL when published). */
    @Column(name = "public_jwk", nullable = false)
    public String publicJwk;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "activated_at", nullable = false)
    public Instant activatedAt;

    @Column(name = "retired_at")
    public Instant retiredAt;

    /** Set when the key is reported compromised; it then signs nothing more, and stays published, marked. */
    @Column(name = "compromised_at")
    public Instant compromisedAt;

    @Column(name = "compromise_reason")
    public String compromiseReason;

    public java.util.Optional<KeyCompromise> compromise() {
        return compromisedAt == null ? java.util.Optional.empty()
                : java.util.Optional.of(new KeyCompromise(keyId, compromisedAt, compromiseReason));
    }
}
