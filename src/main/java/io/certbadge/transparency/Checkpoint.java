package io.certbadge.transparency;

import java.net.URI;
import java.util.Base64;

/**
 * The body of a C2SP tlog-checkpoint: origin, tree size, base64 root hash, each on its own line.
 * Our origin is {@code {host}{path}/log} of the public base URL, with the port when it has one.
 */
public record Checkpoint(String origin, long size, byte[] rootHash) {

    public Checkpoint {
        if (!NoteVerifierKey.validName(origin) || size < 0 || rootHash.length != MerkleHashes.SIZE) {
            throw new IllegalArgumentException("a checkpoint has an origin without spaces or '+', a size"
                    + " and a 32-byte root hash");
        }
        rootHash = rootHash.clone();
    }

    public static String originOf(String publicBaseUrl) {
        URI uri = URI.create(publicBaseUrl.strip());
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        return uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort()) + path + "/log";
    }

    public String text() {
        return origin + "\n" + size + "\n" + Base64.getEncoder().encodeToString(rootHash) + "\n";
    }

    /** Reads a checkpoint body; extension lines after the third are allowed and ignored. */
    public static Checkpoint parse(String text) {
        String[] lines = text.split("\n", -1);
        if (lines.length < 4 || !lines[lines.length - 1].isEmpty() || !lines[1].matches("0|[1-9][0-9]{0,18}")) {
            throw new IllegalArgumentException("a checkpoint is an origin, a decimal tree size and a base64 root hash,"
                    + " one per line");
        }
        try {
            return new Checkpoint(lines[0], Long.parseLong(lines[1]), Base64.getDecoder().decode(lines[2]));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a checkpoint: " + e.getMessage(), e);
        }
    }

    @Override
    public byte[] rootHash() {
        return rootHash.clone();
    }

    public String rootHashBase64() {
        return Base64.getEncoder().encodeToString(rootHash);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Checkpoint c && c.origin.equals(origin) && c.size == size
                && java.util.Arrays.equals(c.rootHash, rootHash);
    }

    @Override
    public int hashCode() {
        return origin.hashCode() * 31 + Long.hashCode(size);
    }

    @Override
    public String toString() {
        return origin + " @ " + size + " " + rootHashBase64();
    }
}
