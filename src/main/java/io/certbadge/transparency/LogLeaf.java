package io.certbadge.transparency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A leaf of the log: pending until the sequencer gives it an index (and then never another). */
@Entity
@Table(name = "log_leaf")
public class LogLeaf {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** SHA-256 of the compact VC-JWT: the 32 bytes the entry bundle holds. */
    @Column(name = "leaf_data", nullable = false, unique = true)
    public byte[] leafData;

    @Column(name = "appended_at", nullable = false)
    public Instant appendedAt;

    @Column(name = "leaf_index", unique = true)
    public Long leafIndex;

    @Column(name = "integrated_at")
    public Instant integratedAt;
}
