package io.certbadge.transparency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The public issuance log as the rest of the service sees it: append a signed credential, read
 * the checkpoint and tiles, prove that a credential is in the tree.
 */
@ApplicationScoped
public class TransparencyLog {

    private final LogLeafRepository leaves;
    private final LogTileRepository tiles;
    private final LogCheckpointRepository checkpoints;
    private final LogKey key;
    private final Clock clock;
    /** The first checkpoint's time never changes once there is one. */
    private volatile Instant startedAt;

    public TransparencyLog(LogLeafRepository leaves, LogTileRepository tiles, LogCheckpointRepository checkpoints,
                           LogKey key, Clock clock) {
        this.leaves = leaves;
        this.tiles = tiles;
        this.checkpoints = checkpoints;
        this.key = key;
        this.clock = clock;
    }

    /** A leaf in the tree of the current checkpoint, with what a verifier needs to check that. */
    public record Inclusion(long leafIndex, Instant integratedAt, long treeSize, byte[] rootHash, List<byte[]> proof,
                            String checkpoint) {

        public List<String> proofBase64() {
            return proof.stream().map(Base64.getEncoder()::encodeToString).toList();
        }

        public String rootHashBase64() {
            return Base64.getEncoder().encodeToString(rootHash);
        }
    }

    /** The leaf data of a credential: SHA-256 of its compact VC-JWT. */
    public static byte[] leafData(String compactJwt) {
        return MerkleHashes.sha256(compactJwt.getBytes(StandardCharsets.US_ASCII));
    }

    /** Appends a pending leaf in the caller's transaction: it is logged if and only if that commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(byte[] leafData) {
        if (leafData.length != TileAppender.LEAF_DATA_SIZE) {
            throw new IllegalArgumentException("a leaf of this log is 32 bytes");
        }
        LogLeaf leaf = new LogLeaf();
        leaf.leafData = leafData.clone();
        leaf.appendedAt = clock.instant();
        leaves.persist(leaf);
    }

    @Transactional
    public Optional<String> checkpoint() {
        return checkpoints.state().map(state -> state.checkpoint).map(checkpoint -> checkpoint.note);
    }

    public NoteVerifierKey verifierKey() {
        return key.verifierKey();
    }

    /**
     * The bytes of a tile or entry bundle, if the tree has grown that far: a partial tile is the
     * prefix of the stored one, which only ever grows at its end.
     */
    @Transactional
    public Optional<byte[]> tile(TileName name) {
        int unit = name.entries() ? TileAppender.ENTRY_SIZE : MerkleHashes.SIZE;
        Optional<byte[]> stored = name.entries() ? tiles.bundle(name.index()) : tiles.hashes(name.level(), name.index());
        return stored.filter(bytes -> bytes.length >= name.width() * unit)
                .map(bytes -> Arrays.copyOf(bytes, name.width() * unit));
    }

    /** Where a leaf is in the current checkpoint's tree; empty while pending or when never appended. */
    @Transactional
    public Optional<Inclusion> inclusion(byte[] leafData) {
        Optional<LogLeaf> leaf = leaves.findByData(leafData);
        Optional<LogCheckpoint> current = checkpoints.state().map(state -> state.checkpoint);
        if (leaf.isEmpty() || leaf.get().leafIndex == null || current.isEmpty()
                || leaf.get().leafIndex >= current.get().treeSize) {
            return Optional.empty();
        }
        LogCheckpoint checkpoint = current.get();
        List<byte[]> proof = MerkleTree.inclusionProof(leaf.get().leafIndex, checkpoint.treeSize,
                new TileHashes(tiles::hashes));
        return Optional.of(new Inclusion(leaf.get().leafIndex, leaf.get().integratedAt, checkpoint.treeSize,
                checkpoint.rootHash.clone(), proof, checkpoint.note));
    }

    /** When the log signed its first checkpoint: credentials issued before then were never logged. */
    @Transactional
    public Optional<Instant> startedAt() {
        Instant known = startedAt;
        if (known == null) {
            known = checkpoints.first().map(checkpoint -> checkpoint.signedAt).orElse(null);
            startedAt = known;
        }
        return Optional.ofNullable(known);
    }

    /** The tree size of the last checkpoint signed before {@code instant} (0 before the first). */
    @Transactional
    public long sizeAt(Instant instant) {
        return checkpoints.lastSignedBefore(instant).map(checkpoint -> checkpoint.treeSize).orElse(0L);
    }

    /** Whether the leaf was ever appended (pending or integrated). */
    @Transactional
    public boolean contains(byte[] leafData) {
        return leaves.findByData(leafData).isPresent();
    }
}
