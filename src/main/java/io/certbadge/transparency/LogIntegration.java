package io.certbadge.transparency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One batch of the sequencer, in one transaction: lock the log, give the oldest pending leaves
 * the next indexes, write the tiles and bundles they change, sign the new checkpoint. A crash
 * anywhere in between rolls all of it back, so the tree, its tiles and its checkpoint never
 * disagree, and a leaf is either in a signed checkpoint or still pending.
 */
@ApplicationScoped
public class LogIntegration {

    private static final Logger LOG = Logger.getLogger(LogIntegration.class);

    private final LogLeafRepository leaves;
    private final LogTileRepository tiles;
    private final LogCheckpointRepository checkpoints;
    private final LogKey key;
    private final LogConfig config;
    private final Clock clock;

    public LogIntegration(LogLeafRepository leaves, LogTileRepository tiles, LogCheckpointRepository checkpoints,
                          LogKey key, LogConfig config, Clock clock) {
        this.leaves = leaves;
        this.tiles = tiles;
        this.checkpoints = checkpoints;
        this.key = key;
        this.config = config;
        this.clock = clock;
    }

    /** What a batch did; {@code busy} when another instance held the log. */
    public record Batch(boolean busy, int integrated, long treeSize) {
    }

    @Transactional
    public void createState() {
        checkpoints.createStateIfMissing();
    }

    /**
     * Integrates up to {@code certbadge.log.batch-size} pending leaves; with {@code wait}, waits for
     * the lock instead of leaving the work to the instance that holds it.
     */
    @Transactional
    public Batch integrate(boolean wait) {
        Optional<LogState> locked = checkpoints.lockState(wait);
        if (locked.isEmpty()) {
            return new Batch(true, 0, -1);
        }
        LogState state = locked.get();
        List<LogLeaf> batch = leaves.pending(config.batchSize());
        if (batch.isEmpty() && signedByOurKey(state.checkpoint)) {
            return new Batch(false, 0, state.treeSize);
        }
        long oldSize = state.treeSize;
        TileAppender appender = new TileAppender(oldSize, tiles::hashes, tiles::bundle);
        appender.append(batch.stream().map(leaf -> leaf.leafData).toList());
        Instant now = clock.instant();
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).leafIndex = oldSize + i;
            batch.get(i).integratedAt = now;
        }
        TileReader after = appender.reader();
        byte[] root = MerkleTree.root(appender.size(), new TileHashes(after));
        requireConsistent(state.checkpoint, after);
        tiles.save(appender.changedTiles(), appender.changedBundles());
        state.checkpoint = sign(appender.size(), root, now);
        state.treeSize = appender.size();
        if (!batch.isEmpty()) {
            LOG.debugf("Integrated %d leaves, tree size %d", batch.size(), state.treeSize);
        }
        return new Batch(false, batch.size(), state.treeSize);
    }

    private LogCheckpoint sign(long size, byte[] root, Instant now) {
        LogCheckpoint checkpoint = new LogCheckpoint();
        checkpoint.treeSize = size;
        checkpoint.rootHash = root;
        checkpoint.note = SignedNote.sign(new Checkpoint(key.origin(), size, root).text(), key.signer());
        checkpoint.signedAt = now;
        checkpoints.persist(checkpoint);
        return checkpoint;
    }

    /** A new key or origin (base URL) means the served checkpoint must be signed again. */
    private boolean signedByOurKey(LogCheckpoint checkpoint) {
        if (checkpoint == null) {
            return false;
        }
        try {
            return Checkpoint.parse(SignedNote.open(checkpoint.note, key.verifierKey())).origin().equals(key.origin());
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Never sign a tree that does not extend the last checkpoint: the tiles must still give its
     * root at its size. Only damaged storage could fail this; then nothing is signed.
     */
    private static void requireConsistent(LogCheckpoint previous, TileReader tiles) {
        if (previous != null && !MessageDigest.isEqual(previous.rootHash,
                MerkleTree.root(previous.treeSize, new TileHashes(tiles)))) {
            throw new IllegalStateException("the stored tiles no longer give the root of checkpoint " + previous.id
                    + " (size " + previous.treeSize + "); refusing to sign an inconsistent checkpoint");
        }
    }
}
