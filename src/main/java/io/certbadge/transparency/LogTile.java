package io.certbadge.transparency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A stored hash tile; its bytes only grow at the end, to 256 hashes. */
@Entity
@Table(name = "log_tile")
public class LogTile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tile_level", nullable = false)
    public int level;

    @Column(name = "tile_index", nullable = false)
    public long tileIndex;

    @Column(nullable = false)
    public byte[] hashes;
}
