package io.certbadge.transparency;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
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

    /** The reference vectors of Certificate Transparency's merkle_tree_test (RFC 6962), as many implementations use them. */
    @Test
    void shouldReproduceTheCertificateTransparencyReferenceVectors() {
        String[] leafHex = {"", "00", "10", "2021", "3031", "40414243", "5051525354555657",
            "606162636465666768696a6b6c6d6e6f"};
        String[] roots = {"6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"};
        byte[] level0 = new byte[0];
        for (String leaf : leafHex) {
            level0 = Rfc9162Reference.concat(level0, Rfc9162Reference.sha256(
                    Rfc9162Reference.concat(new byte[] {0}, HEX.parseHex(leaf))));
        }
        byte[] tile = level0;
        HashSource hashes = new TileHashes((level, index) -> level == 0 && index == 0 ? Optional.of(tile) : Optional.empty());
        for (int n = 1; n <= 8; n++) {
            assertEquals(roots[n - 1], HEX.formatHex(MerkleTree.root(n, hashes)), "root of the first " + n + " leaves");
        }
        assertEquals(List.of("96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"),
                hex(MerkleTree.inclusionProof(0, 8, hashes)));
        assertEquals(List.of("bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"),
                hex(MerkleTree.inclusionProof(5, 8, hashes)));
        assertEquals(List.of("0298d122906dcfc10892cb53a73992fc5b9f493ea4c9badb27b791b4127a7fe7",
                "07506a85fd9dd2f120eb694f86011e5bb4662e5c415a62917033d4a9624487e7",
                "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"),
                hex(MerkleTree.consistencyProof(3, 8, hashes)));
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

    private static final HexFormat HEX = HexFormat.of();

    private static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(HEX::formatHex).toList();
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
