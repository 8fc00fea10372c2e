package io.certbadge.signing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * An Ed25519 key that has made (or may make) Data Integrity proofs, published in the DID document as
 * a Multikey {@code {did}#{keyId}}. Active while {@code retiredAt} is null; a retired key stays published.
 */
@Entity
@Table(name = "data_integrity_key")
public class DataIntegrityKey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Random public id, the fragment of the verification method; never given to another key. */
    @Column(name = "key_id", nullable = false, unique = true)
    public String keyId;

    /** The public key as a Multikey ({@code z6Mk…}); it also identifies the key. */
    @Column(name = "public_key_multibase", nullable = false, unique = true)
    public String publicKeyMultibase;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "activated_at", nullable = false)
    public Instant activatedAt;

    @Column(name = "retired_at")
    public Instant retiredAt;
}
