package io.certbadge.transparency;

import java.util.Optional;

/** Reads stored tiles: the hashes of tile {@code level}/{@code index}, as wide as it has grown (up to 256). */
@FunctionalInterface
public interface TileReader {

    Optional<byte[]> tile(int level, long index);
}
