package io.certbadge.transparency;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * RFC 9162 §2.1 written out literally over a list of leaf data, for the tests only: MTH, PATH and
 * PROOF by their recursive definitions, sharing nothing with the production classes (not even the
 * hashing). Memoizes MTH by range, since the tests ask for every proof of every size.
 */
final class Rfc9162Reference {

    private final List<byte[]> leaves;
    private final Map<Long, byte[]> memo = new HashMap<>();

    Rfc9162Reference(List<byte[]> leaves) {
        this.leaves = leaves;
    }

    /** MTH(D[start:end]). */
    byte[] mth(int start, int end) {
        int n = end - start;
        if (n == 0) {
            return sha256(new byte[0]);
        }
        if (n == 1) {
            return sha256(concat(new byte[] {0x00}, leaves.get(start)));
        }
        long key = ((long) start << 32) | end;
        byte[] known = memo.get(key);
        if (known != null) {
            return known;
        }
        int k = k(n);
        byte[] hash = sha256(concat(new byte[] {0x01}, mth(start, start + k), mth(start + k, end)));
        memo.put(key, hash);
        return hash;
    }

    /** PATH(m, D[0:n]). */
    List<byte[]> path(int m, int n) {
        return path(m, 0, n);
    }

    private List<byte[]> path(int m, int start, int end) {
        int n = end - start;
        List<byte[]> out = new ArrayList<>();
        if (n == 1) {
            return out;
        }
        int k = k(n);
        if (m < k) {
            out.addAll(path(m, start, start + k));
            out.add(mth(start + k, end));
        } else {
            out.addAll(path(m - k, start + k, end));
            out.add(mth(start, start + k));
        }
        return out;
    }

    /** PROOF(m, D[0:n]) = SUBPROOF(m, D[0:n], true). */
    List<byte[]> proof(int m, int n) {
        return subproof(m, 0, n, true);
    }

    private List<byte[]> subproof(int m, int start, int end, boolean b) {
        int n = end - start;
        List<byte[]> out = new ArrayList<>();
        if (m == n) {
            if (!b) {
                out.add(mth(start, end));
            }
            return out;
        }
        int k = k(n);
        if (m <= k) {
            out.addAll(subproof(m, start, start + k, b));
            out.add(mth(start + k, end));
        } else {
            out.addAll(subproof(m - k, start + k, end, false));
            out.add(mth(start, start + k));
        }
        return out;
    }

    /** The largest power of two smaller than n, found by doubling as the RFC words it. */
    private static int k(int n) {
        int k = 1;
        while (k * 2 < n) {
            k *= 2;
        }
        return k;
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }
}
