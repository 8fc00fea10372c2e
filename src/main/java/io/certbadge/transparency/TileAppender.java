package io.certbadge.transparency;

import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.Optional;

/**
 * Appends leaves to a tiled tree: each leaf hash goes to the rightmost level-0 tile and its data to
 * the rightmost entry bundle; a tile that becomes full hands its root to the tile level above.
 * Stored tiles only ever grow at their end, so every tile and partial tile once served keeps its
 * bytes. The result is what to write: the tiles and bundles this batch changed, whole.
 */
public final class TileAppender {

    /** Entries are 32-byte leaf data, so each bundle entry is the 2-byte length and 32 bytes. */
    public static final int LEAF_DATA_SIZE = 32;
    public static final int ENTRY_SIZE = 2 + LEAF_DATA_SIZE;

    private final TileReader tiles;
    private final LongFunction<Optional<byte[]>> bundles;
    private final Map<TileKey, ByteArrayOutputStream> changedTiles = new LinkedHashMap<>();
    private final Map<Long, ByteArrayOutputStream> changedBundles = new LinkedHashMap<>();
    private long size;

    public TileAppender(long size, TileReader tiles, LongFunction<Optional<byte[]>> bundles) {
        this.size = size;
        this.tiles = tiles;
        this.bundles = bundles;
    }

    public record TileKey(int level, long index) {
    }

    /** Appends the leaves in order; returns the new tree size. */
    public long append(List<byte[]> leafData) {
        for (byte[] data : leafData) {
            if (data.length != LEAF_DATA_SIZE) {
                throw new IllegalArgumentException("a leaf of this log is 32 bytes, not " + data.length);
            }
            long index = size++;
            ByteArrayOutputStream bundle = bundle(index / TileName.FULL_WIDTH);
            if (bundle.size() != (index % TileName.FULL_WIDTH) * ENTRY_SIZE) {
                throw new IllegalStateException("entry bundle " + index / TileName.FULL_WIDTH + " holds "
                        + bundle.size() / ENTRY_SIZE + " entries; entry " + index + " does not follow on");
            }
            bundle.write(0);
            bundle.write(LEAF_DATA_SIZE);
            bundle.writeBytes(data);
            addHash(0, index, MerkleHashes.leafHash(data));
        }
        return size;
    }

    public long size() {
        return size;
    }

    /** Every hash tile this appender changed, with all its hashes so far. */
    public Map<TileKey, byte[]> changedTiles() {
        Map<TileKey, byte[]> out = new LinkedHashMap<>();
        changedTiles.forEach((key, bytes) -> out.put(key, bytes.toByteArray()));
        return out;
    }

    /** Every entry bundle this appender changed, by bundle index, with all its entries so far. */
    public Map<Long, byte[]> changedBundles() {
        Map<Long, byte[]> out = new LinkedHashMap<>();
        changedBundles.forEach((index, bytes) -> out.put(index, bytes.toByteArray()));
        return out;
    }

    /** Reads the tiles as this appender has left them (changed ones first, stored ones otherwise). */
    public TileReader reader() {
        return (level, index) -> {
            ByteArrayOutputStream changed = changedTiles.get(new TileKey(level, index));
            return changed != null ? Optional.of(changed.toByteArray()) : tiles.tile(level, index);
        };
    }

    private void addHash(int level, long position, byte[] hash) {
        long tileIndex = position / TileName.FULL_WIDTH;
        ByteArrayOutputStream tile = tile(level, tileIndex);
        if (tile.size() != (position % TileName.FULL_WIDTH) * MerkleHashes.SIZE) {
            throw new IllegalStateException("tile " + level + "/" + tileIndex + " holds " + tile.size() / MerkleHashes.SIZE
                    + " hashes; hash " + position + " does not follow on");
        }
        tile.writeBytes(hash);
        if (tile.size() == TileName.FULL_WIDTH * MerkleHashes.SIZE) {
            addHash(level + 1, tileIndex, TileHashes.hashUp(tile.toByteArray(), TileName.FULL_WIDTH));
        }
    }

    private ByteArrayOutputStream tile(int level, long index) {
        return changedTiles.computeIfAbsent(new TileKey(level, index), key -> copyOf(tiles.tile(level, index)));
    }

    private ByteArrayOutputStream bundle(long index) {
        return changedBundles.computeIfAbsent(index, key -> copyOf(bundles.apply(index)));
    }

    private static ByteArrayOutputStream copyOf(Optional<byte[]> stored) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        stored.ifPresent(out::writeBytes);
        return out;
    }
}
