package io.certbadge.transparency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A stored entry bundle; its bytes only grow at the end, to 256 entries. */
@Entity
@Table(name = "log_entry_bundle")
public class LogEntryBundle {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "bundle_index", nullable = false, unique = true)
    public long bundleIndex;

    @Column(nullable = false)
    public byte[] entries;
}
