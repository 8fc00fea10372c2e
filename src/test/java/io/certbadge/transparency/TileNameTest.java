package io.certbadge.transparency;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Paths and tile widths as c2sp.org/tlog-tiles spells them. */
class TileNameTest {

    @Test
    void shouldSpellTheIndexInGroupsOfThreeDigitsAsTheSpecExampleDoes() {
        assertEquals("tile/0/x001/x234/067", TileName.hashes(0, 1_234_067, 256).path(), "the spec's own example");
        assertEquals("tile/0/000", TileName.hashes(0, 0, 256).path());
        assertEquals("tile/2/999.p/1", TileName.hashes(2, 999, 1).path());
        assertEquals("tile/1/x001/000.p/255", TileName.hashes(1, 1000, 255).path());
        assertEquals("tile/entries/x012/345.p/17", TileName.entries(12_345, 17).path());
    }

    @Test
    void shouldReadBackEveryPathItWrites() {
        for (TileName name : List.of(TileName.hashes(0, 0, 256), TileName.hashes(63, 1_234_067, 3),
                TileName.entries(5, 256), TileName.entries(1_000_000, 200))) {
            assertEquals(Optional.of(name), TileName.parse(name.path()), name.path());
        }
    }

    @Test
    void shouldRefuseEveryPathTheSpecDoesNotAllow() {
        for (String path : List.of("tile/0/1", "tile/0/0000", "tile/00/000", "tile/01/000", "tile/64/000",
                "tile/0/x000/005", "tile/0/001/234", "tile/0/x001", "tile/0/000.p/0", "tile/0/000.p/256",
                "tile/0/000.p/007", "tile/0/000.p/", "tile/entry/000", "tile/entries/000.p/300", "tile/-1/000",
                "tile/0/000/", "tile/0/x1/000")) {
            assertEquals(Optional.empty(), TileName.parse(path), path);
        }
    }

    @Test
    void shouldDescribeATreeOf70000LeavesAsTheSpecDoes() {
        // "a tree of size 70,000 will be represented by 273 full level 0 tiles, one partial level 0 tile
        // of width 112, one full level 1 tile, one partial level 1 tile of width 17, and one partial
        // level 2 tile of width 1."
        long size = 70_000;
        assertEquals(256, TileName.widthAt(0, 272, size));
        assertEquals(112, TileName.widthAt(0, 273, size));
        assertEquals(0, TileName.widthAt(0, 274, size));
        assertEquals(256, TileName.widthAt(1, 0, size));
        assertEquals(17, TileName.widthAt(1, 1, size));
        assertEquals(1, TileName.widthAt(2, 0, size));
        assertEquals(0, TileName.widthAt(3, 0, size));
        // "a tree of size 256 will be represented by a full level 0 tile and a partial level 1 tile of width 1"
        assertEquals(256, TileName.widthAt(0, 0, 256));
        assertEquals(1, TileName.widthAt(1, 0, 256));
        assertEquals(0, TileName.widthAt(2, 0, 256));
    }

    @Test
    void shouldStoreExactlyTheTilesAndBundlesOfTheSpecsExampleTree() {
        List<byte[]> leaves = MerkleTreeTest.randomLeaves(70_000, 70_000);
        TileAppender appender = new TileAppender(0, (level, index) -> Optional.empty(), index -> Optional.empty());
        assertEquals(70_000, appender.append(leaves));
        Map<String, Integer> widths = new HashMap<>();
        appender.changedTiles().forEach((key, bytes) -> widths.put(key.level() + "/" + key.index(), bytes.length / 32));
        assertEquals(273 + 1 + 1 + 1 + 1, widths.size());
        assertEquals(112, widths.get("0/273"));
        assertEquals(256, widths.get("1/0"));
        assertEquals(17, widths.get("1/1"));
        assertEquals(1, widths.get("2/0"));
        assertTrue(widths.entrySet().stream().filter(e -> e.getKey().startsWith("0/") && !e.getKey().equals("0/273"))
                .allMatch(e -> e.getValue() == 256));

        Map<Long, byte[]> bundles = appender.changedBundles();
        assertEquals(274, bundles.size());
        assertEquals(112 * 34, bundles.get(273L).length);
        byte[] entry = java.util.Arrays.copyOfRange(bundles.get(273L), 5 * 34, 6 * 34);
        assertArrayEquals(Rfc9162Reference.concat(new byte[] {0, 32}, leaves.get(273 * 256 + 5)), entry,
                "an entry is a big-endian uint16 length, then the 32-byte leaf data");

        Rfc9162Reference reference = new Rfc9162Reference(leaves);
        assertArrayEquals(reference.mth(0, 70_000), MerkleTree.root(70_000, new TileHashes(appender.reader())));
        assertArrayEquals(reference.mth(0, 65_536), appender.changedTiles().get(new TileAppender.TileKey(2, 0)),
                "the level-2 hash is the root of the first 65,536 leaves");
    }
}
