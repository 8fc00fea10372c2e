package io.certbadge.transparency;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The tree's hashes as C2SP tlog-tiles store them: the hashes of tile level {@code L} are the
 * roots of perfect subtrees of height {@code 8L}; heights in between are hashed up from those.
 * Keeps the tiles it read, so one proof reads each tile once; use one instance per computation.
 */
public final class TileHashes implements HashSource {

    private final TileReader tiles;
    private final Map<Long, byte[]> read = new HashMap<>();

    public TileHashes(TileReader tiles) {
        this.tiles = tiles;
    }

    @Override
    public byte[] subtree(int height, long index) {
        int level = height / TileName.HEIGHT;
        int above = height % TileName.HEIGHT;
        long first = index << above;
        int count = 1 << above;
        long tileIndex = first / TileName.FULL_WIDTH;
        int offset = (int) (first % TileName.FULL_WIDTH);
        byte[] tile = tile(level, tileIndex);
        int end = (offset + count) * MerkleHashes.SIZE;
        if (tile.length < end) {
            throw new IllegalStateException("tile " + level + "/" + tileIndex + " holds " + tile.length / MerkleHashes.SIZE
                    + " hashes, the subtree needs " + (offset + count));
        }
        return hashUp(Arrays.copyOfRange(tile, offset * MerkleHashes.SIZE, end), count);
    }

    /** The root of {@code count} (a power of two) consecutive hashes. */
    static byte[] hashUp(byte[] hashes, int count) {
        byte[][] level = new byte[count][];
        for (int i = 0; i < count; i++) {
            level[i] = Arrays.copyOfRange(hashes, i * MerkleHashes.SIZE, (i + 1) * MerkleHashes.SIZE);
        }
        for (int width = count; width > 1; width /= 2) {
            for (int i = 0; i < width / 2; i++) {
                level[i] = MerkleHashes.nodeHash(level[2 * i], level[2 * i + 1]);
            }
        }
        return level[0];
    }

    private byte[] tile(int level, long index) {
        long key = ((long) level << 56) | index;
        byte[] tile = read.get(key);
        if (tile == null) {
            tile = tiles.tile(level, index).orElseThrow(() -> new IllegalStateException(
                    "tile " + level + "/" + index + " is missing"));
            read.put(key, tile);
        }
        return tile;
    }
}
