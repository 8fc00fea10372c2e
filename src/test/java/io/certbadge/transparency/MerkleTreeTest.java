package io.certbadge.transparency;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tiled tree against RFC 9162's definitions (Rfc9162Reference), for every size up to 300. */
class MerkleTreeTest {

    private static final int MAX = 300;
    private static List<byte[]> leaves;
    private static Rfc9162Reference reference;
    private static Map<TileAppender.TileKey, byte[]> tiles;

    @BeforeAll
    static void buildTheTree() {
        leaves = randomLeaves(MAX, 9162);
        reference = new Rfc9162Reference(leaves);
        TileAppender appender = new TileAppender(0, (level, index) -> Optional.empty(), index -> Optional.empty());
        appender.append(leaves);
        tiles = appender.changedTiles();
    }

    @Test
    void shouldHashTheEmptyTreeAsTheHashOfNothing() {
        assertArrayEquals(Rfc9162Reference.sha256(new byte[0]), MerkleTree.root(0, tiled()));
    }

    @Test
    void shouldReadEveryCompleteSubtreeFromTheTilesAsItsMerkleTreeHash() {
        for (int height = 0; (1 << height) <= MAX; height++) {
            for (long index = 0; (index + 1) << height <= MAX; index++) {
                int start = (int) (index << height);
                assertArrayEquals(reference.mth(start, start + (1 << height)), tiled().subtree(height, index),
                        "subtree of height " + height + " at " + index);
            }
        }
    }

    @Test
    void shouldComputeTheTreeHeadOfEverySize() {
        for (int n = 1; n <= MAX; n++) {
            assertArrayEquals(reference.mth(0, n), MerkleTree.root(n, tiled()), "MTH(D[0:" + n + "])");
        }
    }

    @Test
    void shouldProveAndVerifyInclusionOfEveryLeafInEveryTreeSize() {
        HashSource hashes = memoized(tiled());
        for (int n = 1; n <= MAX; n++) {
            byte[] root = reference.mth(0, n);
            for (int m = 0; m < n; m++) {
                List<byte[]> proof = MerkleTree.inclusionProof(m, n, hashes);
                assertProofEquals(reference.path(m, n), proof, "PATH(" + m + ", D[" + n + "])");
                byte[] leafHash = reference.mth(m, m + 1);
                assertTrue(MerkleTree.verifyInclusion(m, n, leafHash, proof, root), "verifies PATH(" + m + ", D[" + n + "])");
                if (n > 1 && m % 5 == n % 5) {
                    assertFalse(MerkleTree.verifyInclusion((m + 1) % n, n, leafHash, proof, root),
                            "the same proof for another index fails, PATH(" + m + ", D[" + n + "])");
                    assertFalse(MerkleTree.verifyInclusion(m, n, leafHash, tamper(proof, m), root),
                            "a changed proof fails, PATH(" + m + ", D[" + n + "])");
                }
            }
        }
    }

    @Test
    void shouldProveAndVerifyConsistencyBetweenEveryPairOfSizes() {
        HashSource hashes = memoized(tiled());
        for (int n = 1; n <= MAX; n++) {
            byte[] newRoot = reference.mth(0, n);
            for (int m = 1; m <= n; m++) {
                List<byte[]> proof = MerkleTree.consistencyProof(m, n, hashes);
                assertProofEquals(reference.proof(m, n), proof, "PROOF(" + m + ", D[" + n + "])");
                byte[] oldRoot = reference.mth(0, m);
                assertTrue(MerkleTree.verifyConsistency(m, n, proof, oldRoot, newRoot), "verifies PROOF(" + m + ", D[" + n + "])");
                if (m < n) {
                    assertFalse(MerkleTree.verifyConsistency(m, n, proof, reference.mth(0, m - 1 == 0 ? 2 : m - 1), newRoot),
                            "another old root fails, PROOF(" + m + ", D[" + n + "])");
                    assertFalse(MerkleTree.verifyConsistency(m, n, tamper(proof, n), oldRoot, newRoot),
                            "a changed proof fails, PROOF(" + m + ", D[" + n + "])");
                }
            }
        }
    }

    @Test
    void shouldRefuseProofsForLeavesOutsideTheTree() {
        assertFalse(MerkleTree.verifyInclusion(5, 5, reference.mth(0, 1), List.of(), reference.mth(0, 5)));
        assertFalse(MerkleTree.verifyConsistency(6, 5, List.of(), reference.mth(0, 5), reference.mth(0, 5)));
    }

    @Test
    void shouldBuildTheSameTilesWhateverTheBatchSizes() {
        Map<TileAppender.TileKey, byte[]> stored = new HashMap<>();
        Map<Long, byte[]> bundles = new HashMap<>();
        Random random = new Random(42);
        long size = 0;
        while (size < MAX) {
            int batch = Math.min(MAX - (int) size, 1 + random.nextInt(40));
            TileAppender appender = new TileAppender(size, (level, index) -> Optional.ofNullable(
                    stored.get(new TileAppender.TileKey(level, index))), index -> Optional.ofNullable(bundles.get(index)));
            size = appender.append(leaves.subList((int) size, (int) size + batch));
            appender.changedTiles().forEach((key, bytes) -> {
                byte[] before = stored.get(key);
                if (before != null) {
                    assertArrayEquals(before, Arrays.copyOf(bytes, before.length), "a tile only grows at its end: " + key);
                }
                stored.put(key, bytes);
            });
            bundles.putAll(appender.changedBundles());
            assertArrayEquals(reference.mth(0, (int) size), MerkleTree.root(size, new TileHashes(appender.reader())));
        }
        assertEquals(tiles.keySet(), stored.keySet());
        tiles.forEach((key, bytes) -> assertArrayEquals(bytes, stored.get(key), "tile " + key));
    }

    private static HashSource tiled() {
        return new TileHashes((level, index) -> Optional.ofNullable(tiles.get(new TileAppender.TileKey(level, index))));
    }

    /** Each subtree read from the tiles once: the proofs test asks for ninety thousand proofs. */
    private static HashSource memoized(HashSource source) {
        Map<String, byte[]> known = new HashMap<>();
        return (height, index) -> known.computeIfAbsent(height + "/" + index, key -> source.subtree(height, index));
    }

    private static List<byte[]> tamper(List<byte[]> proof, int seed) {
        List<byte[]> changed = new ArrayList<>(proof);
        if (changed.isEmpty()) {
            changed.add(new byte[32]);
            return changed;
        }
        int at = seed % changed.size();
        byte[] hash = changed.get(at).clone();
        hash[seed % 32] ^= 1;
        changed.set(at, hash);
        return changed;
    }

    private static void assertProofEquals(List<byte[]> expected, List<byte[]> actual, String what) {
        assertEquals(expected.size(), actual.size(), what + ": length");
        for (int i = 0; i < expected.size(); i++) {
            assertArrayEquals(expected.get(i), actual.get(i), what + ": hash " + i);
        }
    }

    static List<byte[]> randomLeaves(int count, long seed) {
        Random random = new Random(seed);
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] leaf = new byte[32];
            random.nextBytes(leaf);
            out.add(leaf);
        }
        return out;
    }
}
