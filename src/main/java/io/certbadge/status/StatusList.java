package io.certbadge.status;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A W3C Bitstring Status List for revocation; {@code revision} moves on with every revocation. */
@Entity
@Table(name = "status_list")
public class StatusList {

    /** 131,072 bits (16 KiB): the W3C minimum, so one credential hides among many. */
    public static final int CAPACITY = 131_072;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "list_id", nullable = false, unique = true)
    public String listId;

    @Column(nullable = false)
    public String purpose;

    @Column(nullable = false)
    public int capacity;

    @Column(name = "is_full", nullable = false)
    public boolean full;

    @Column(nullable = false)
    public long revision;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The revision the stored signed list shows; null until the list was first signed. */
    @Column(name = "signed_revision")
    public Long signedRevision;

    /** The public key id that signed the stored list. */
    @Column(name = "signed_key_id")
    public String signedKeyId;

    @Column(name = "signed_jwt")
    public String signedJwt;

    /** The unsigned credential inside {@link #signedJwt}, as JSON. */
    @Column(name = "signed_credential")
    public String signedCredential;
}
