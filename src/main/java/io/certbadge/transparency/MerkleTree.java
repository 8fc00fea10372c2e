package io.certbadge.transparency;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * Tree heads and proofs of RFC 9162 §2.1, computed from the hashes of perfect subtrees: every range
 * the RFC's recursion visits starts at a multiple of its largest power of two, so a complete left
 * half is always one stored subtree hash, and only the right edge is hashed on the fly.
 */
public final class MerkleTree {

    private MerkleTree() {
    }

    /** MTH(D[0:size]). */
    public static byte[] root(long size, HashSource hashes) {
        requireNonNegative(size);
        return size == 0 ? MerkleHashes.emptyRoot() : rangeHash(0, size, hashes);
    }

    /** PATH(index, D[0:size]) of RFC 9162 §2.1.3.1, from the leaf upwards. */
    public static List<byte[]> inclusionProof(long index, long size, HashSource hashes) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("leaf " + index + " is not in a tree of size " + size);
        }
        List<byte[]> proof = new ArrayList<>();
        path(index, 0, size, hashes, proof);
        return proof;
    }

    /** PROOF(oldSize, D[0:newSize]) of RFC 9162 §2.1.4.1; empty when the sizes are equal or the old tree is empty. */
    public static List<byte[]> consistencyProof(long oldSize, long newSize, HashSource hashes) {
        if (oldSize < 0 || oldSize > newSize) {
            throw new IllegalArgumentException("no consistency proof from size " + oldSize + " to " + newSize);
        }
        List<byte[]> proof = new ArrayList<>();
        if (oldSize > 0 && oldSize < newSize) {
            subproof(oldSize, 0, newSize, true, hashes, proof);
        }
        return proof;
    }

    /** RFC 9162 §2.1.3.2: does {@code proof} put {@code leafHash} at {@code index} under {@code root}? */
    public static boolean verifyInclusion(long index, long size, byte[] leafHash, List<byte[]> proof, byte[] root) {
        if (index < 0 || index >= size) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : proof) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = MerkleHashes.nodeHash(p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = MerkleHashes.nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(r, root);
    }

    /** RFC 9162 §2.1.4.2: is the tree {@code (newSize, newRoot)} an extension of {@code (oldSize, oldRoot)}? */
    public static boolean verifyConsistency(long oldSize, long newSize, List<byte[]> proof, byte[] oldRoot,
                                            byte[] newRoot) {
        if (oldSize < 0 || oldSize > newSize) {
            return false;
        }
        if (oldSize == newSize) {
            return proof.isEmpty() && MessageDigest.isEqual(oldRoot, newRoot);
        }
        if (oldSize == 0) {
            return proof.isEmpty();
        }
        if (proof.isEmpty()) {
            return false;
        }
        List<byte[]> path = new ArrayList<>(proof);
        if (Long.bitCount(oldSize) == 1) {
            path.add(0, oldRoot);
        }
        long fn = oldSize - 1;
        long sn = newSize - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = MerkleHashes.nodeHash(c, fr);
                sr = MerkleHashes.nodeHash(c, sr);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                sr = MerkleHashes.nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(fr, oldRoot) && MessageDigest.isEqual(sr, newRoot);
    }

    /** MTH(D[start:end]); {@code start} is a multiple of the largest power of two below {@code end - start}. */
    static byte[] rangeHash(long start, long end, HashSource hashes) {
        long n = end - start;
        if (Long.bitCount(n) == 1) {
            int height = Long.numberOfTrailingZeros(n);
            return hashes.subtree(height, start >>> height);
        }
        long k = largestPowerOfTwoBelow(n);
        return MerkleHashes.nodeHash(rangeHash(start, start + k, hashes), rangeHash(start + k, end, hashes));
    }

    private static void path(long m, long start, long end, HashSource hashes, List<byte[]> proof) {
        long n = end - start;
        if (n == 1) {
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (m < k) {
            path(m, start, start + k, hashes, proof);
            proof.add(rangeHash(start + k, end, hashes));
        } else {
            path(m - k, start + k, end, hashes, proof);
            proof.add(rangeHash(start, start + k, hashes));
        }
    }

    private static void subproof(long m, long start, long end, boolean wholeOldTree, HashSource hashes,
                                 List<byte[]> proof) {
        long n = end - start;
        if (m == n) {
            if (!wholeOldTree) {
                proof.add(rangeHash(start, end, hashes));
            }
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            subproof(m, start, start + k, wholeOldTree, hashes, proof);
            proof.add(rangeHash(start + k, end, hashes));
        } else {
            subproof(m - k, start + k, end, false, hashes, proof);
            proof.add(rangeHash(start, start + k, hashes));
        }
    }

    /** The largest power of two strictly smaller than {@code n} (n ≥ 2). */
    static long largestPowerOfTwoBelow(long n) {
        return Long.highestOneBit(n - 1);
    }

    private static void requireNonNegative(long size) {
        if (size < 0) {
            throw new IllegalArgumentException("a tree size is never negative: " + size);
        }
    }
}
