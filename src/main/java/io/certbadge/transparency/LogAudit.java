package io.certbadge.transparency;

import java.io.IOException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One audit of a log: verify the checkpoint's signature, download every entry, rebuild every tile
 * from the entries and compare with the tiles served, recompute the root, and check that the tree
 * extends the checkpoint verified last time. Plain JDK, so it runs anywhere the jar does.
 */
final class LogAudit {

    /** Fetches {@code path} under {@code {base}/log/}; empty for a 404. */
    interface Fetcher {
        Optional<byte[]> get(String path) throws IOException;
    }

    /** An audit that found the log misbehaving (as opposed to one that could not run). */
    static final class AuditFailure extends Exception {
        AuditFailure(String message) {
            super(message);
        }
    }

    record Result(Checkpoint checkpoint, NoteVerifierKey key, String note, int tilesCompared) {
    }

    private final Fetcher fetcher;
    private final Consumer<String> report;

    LogAudit(Fetcher fetcher, Consumer<String> report) {
        this.fetcher = fetcher;
        this.report = report;
    }

    Result run(Optional<AuditState> previous) throws IOException, AuditFailure {
        NoteVerifierKey key = key(previous);
        String note = text("checkpoint");
        Checkpoint checkpoint = checkpoint(note, key);
        report.accept("checkpoint  size " + checkpoint.size() + ", root " + checkpoint.rootHashBase64() + ": signature OK");

        TileAppender rebuilt = new TileAppender(0, (level, index) -> Optional.empty(), index -> Optional.empty());
        rebuilt.append(entries(checkpoint.size()));
        int tiles = compareTiles(rebuilt.changedTiles());
        report.accept("tiles       " + tiles + " hash tiles served, each equal to the one rebuilt from the entries");
        byte[] root = MerkleTree.root(checkpoint.size(), new TileHashes(rebuilt.reader()));
        if (!MessageDigest.isEqual(root, checkpoint.rootHash())) {
            throw new AuditFailure("the entries do not hash to the checkpoint's root: the checkpoint says "
                    + checkpoint.rootHashBase64() + ", the entries give " + java.util.Base64.getEncoder().encodeToString(root));
        }
        report.accept("root        recomputed from " + checkpoint.size() + " entries: matches the checkpoint");
        if (previous.isPresent()) {
            consistent(Checkpoint.parse(SignedNote.open(previous.get().checkpointNote(), key)), checkpoint, rebuilt.reader());
        } else {
            report.accept("previous    none (first run): this checkpoint is the start of the watch");
        }
        return new Result(checkpoint, key, note, tiles);
    }

    private NoteVerifierKey key(Optional<AuditState> previous) throws IOException, AuditFailure {
        NoteVerifierKey served = NoteVerifierKey.parse(text("key"));
        if (previous.isPresent() && !previous.get().verifierKey().equals(served.encoded())) {
            throw new AuditFailure("the log's note key changed: it was " + previous.get().verifierKey() + ", it is now "
                    + served.encoded() + ". If the operator announced a new log key, check it out of band, then start"
                    + " a new state file");
        }
        report.accept("key         " + served.encoded() + (previous.isPresent() ? " (as last run)" : " (first seen: recorded)"));
        return previous.map(state -> NoteVerifierKey.parse(state.verifierKey())).orElse(served);
    }

    private static Checkpoint checkpoint(String note, NoteVerifierKey key) throws AuditFailure {
        try {
            Checkpoint checkpoint = Checkpoint.parse(SignedNote.open(note, key));
            if (!checkpoint.origin().equals(key.name())) {
                throw new AuditFailure("the checkpoint's origin " + checkpoint.origin() + " is not the key's name " + key.name());
            }
            return checkpoint;
        } catch (SignedNote.NoteException | IllegalArgumentException e) {
            throw new AuditFailure("the checkpoint does not verify: " + e.getMessage());
        }
    }

    private List<byte[]> entries(long size) throws IOException, AuditFailure {
        List<byte[]> leaves = new ArrayList<>();
        for (long bundle = 0; bundle * TileName.FULL_WIDTH < size; bundle++) {
            int width = TileName.widthAt(0, bundle, size);
            byte[] bytes = required(TileName.entries(bundle, width));
            if (bytes.length != width * TileAppender.ENTRY_SIZE) {
                throw new AuditFailure("entry bundle " + bundle + " holds " + bytes.length + " bytes, not " + width + " entries");
            }
            for (int at = 0; at < bytes.length; at += TileAppender.ENTRY_SIZE) {
                if (bytes[at] != 0 || bytes[at + 1] != TileAppender.LEAF_DATA_SIZE) {
                    throw new AuditFailure("entry " + (leaves.size()) + " is not 32 bytes long");
                }
                leaves.add(Arrays.copyOfRange(bytes, at + 2, at + TileAppender.ENTRY_SIZE));
            }
        }
        report.accept("entries     " + leaves.size() + " downloaded");
        return leaves;
    }

    private int compareTiles(Map<TileAppender.TileKey, byte[]> rebuilt) throws IOException, AuditFailure {
        for (Map.Entry<TileAppender.TileKey, byte[]> tile : rebuilt.entrySet()) {
            TileName name = TileName.hashes(tile.getKey().level(), tile.getKey().index(),
                    tile.getValue().length / MerkleHashes.SIZE);
            if (!Arrays.equals(required(name), tile.getValue())) {
                throw new AuditFailure("tile " + name.path() + " differs from the one rebuilt from the entries");
            }
        }
        return rebuilt.size();
    }

    private void consistent(Checkpoint before, Checkpoint now, TileReader tiles) throws AuditFailure {
        if (!before.origin().equals(now.origin()) || before.size() > now.size()) {
            throw new AuditFailure("the log went back or changed identity: last run " + before + ", now " + now);
        }
        List<byte[]> proof = MerkleTree.consistencyProof(before.size(), now.size(), new TileHashes(tiles));
        if (!MessageDigest.isEqual(MerkleTree.root(before.size(), new TileHashes(tiles)), before.rootHash())
                || !MerkleTree.verifyConsistency(before.size(), now.size(), proof, before.rootHash(), now.rootHash())) {
            throw new AuditFailure("the log rewrote its history: the checkpoint of the last run (size " + before.size()
                    + ", root " + before.rootHashBase64() + ") is not a prefix of today's tree");
        }
        report.accept("previous    size " + before.size() + ", root " + before.rootHashBase64()
                + ": consistent (same prefix; RFC 9162 proof of " + proof.size() + " hashes verified)");
    }

    private byte[] required(TileName name) throws IOException, AuditFailure {
        return fetcher.get(name.path()).orElseThrow(() -> new AuditFailure(name.path() + " is missing (404)"));
    }

    private String text(String path) throws IOException, AuditFailure {
        return new String(fetcher.get(path).orElseThrow(() -> new AuditFailure("/log/" + path + " is missing (404)")),
                java.nio.charset.StandardCharsets.UTF_8);
    }
}
