package io.certbadge.transparency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A checkpoint as signed and served: the signed note, with its size and root for queries. */
@Entity
@Table(name = "log_checkpoint")
public class LogCheckpoint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tree_size", nullable = false)
    public long treeSize;

    @Column(name = "root_hash", nullable = false)
    public byte[] rootHash;

    @Column(nullable = false)
    public String note;

    @Column(name = "signed_at", nullable = false)
    public Instant signedAt;
}
