package io.certbadge.transparency;

/**
 * Where the Merkle tree's hashes come from: the hash of the perfect subtree of {@code 2^height}
 * leaves starting at leaf {@code index * 2^height}. Asked only for subtrees that are complete.
 */
@FunctionalInterface
public interface HashSource {

    byte[] subtree(int height, long index);
}
