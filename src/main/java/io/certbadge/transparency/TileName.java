package io.certbadge.transparency;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A C2SP tlog-tiles resource: the hash tile {@code tile/<L>/<N>[.p/<W>]} or the entry bundle
 * {@code tile/entries/<N>[.p/<W>]}. {@code N} is written in 3-digit groups, all but the last
 * prefixed with {@code x} (1234067 is {@code x001/x234/067}); only the canonical spelling is read.
 */
public record TileName(boolean entries, int level, long index, int width) {

    /** Tile height 8: a full tile holds 256 hashes. */
    public static final int HEIGHT = 8;
    public static final int FULL_WIDTH = 1 << HEIGHT;
    public static final int MAX_LEVEL = 63;

    private static final Pattern PATH = Pattern.compile(
            "tile/(entries|0|[1-9][0-9]?)/((?:x[0-9]{3}/)*[0-9]{3})(?:\\.p/([1-9][0-9]{0,2}))?");

    public TileName {
        if (entries ? level != 0 : level < 0 || level > MAX_LEVEL) {
            throw new IllegalArgumentException("no tile level " + level);
        }
        if (index < 0 || width < 1 || width > FULL_WIDTH) {
            throw new IllegalArgumentException("no tile " + index + " of width " + width);
        }
    }

    public static TileName hashes(int level, long index, int width) {
        return new TileName(false, level, index, width);
    }

    public static TileName entries(long index, int width) {
        return new TileName(true, 0, index, width);
    }

    public boolean full() {
        return width == FULL_WIDTH;
    }

    /** The path under the log's prefix, e.g. {@code tile/0/x001/234.p/7}. */
    public String path() {
        return "tile/" + (entries ? "entries" : Integer.toString(level)) + "/" + encodeIndex(index)
                + (full() ? "" : ".p/" + width);
    }

    /** Reads a path such as {@code tile/1/005.p/3}; empty for anything the spec does not spell that way. */
    public static Optional<TileName> parse(String path) {
        Matcher m = PATH.matcher(path);
        if (!m.matches()) {
            return Optional.empty();
        }
        boolean entries = m.group(1).equals("entries");
        int level = entries ? 0 : Integer.parseInt(m.group(1));
        String digits = m.group(2).replace("x", "").replace("/", "");
        if (level > MAX_LEVEL || digits.length() > 18) {
            return Optional.empty();
        }
        long index = Long.parseLong(digits);
        int width = m.group(3) == null ? FULL_WIDTH : Integer.parseInt(m.group(3));
        if (m.group(3) != null && width >= FULL_WIDTH || !encodeIndex(index).equals(m.group(2))) {
            return Optional.empty();
        }
        return Optional.of(new TileName(entries, level, index, width));
    }

    static String encodeIndex(long index) {
        String groups = String.format("%03d", index % 1000);
        for (long rest = index / 1000; rest > 0; rest /= 1000) {
            groups = String.format("x%03d/", rest % 1000) + groups;
        }
        return groups;
    }

    /**
     * How many hashes the tile at {@code level}, {@code index} holds in a tree of {@code treeSize}
     * leaves: 256 when full, 0 when it does not exist yet.
     */
    public static int widthAt(int level, long index, long treeSize) {
        long hashesAtLevel = treeSize >>> (HEIGHT * level);
        long before = index * FULL_WIDTH;
        return (int) Math.max(0, Math.min(FULL_WIDTH, hashesAtLevel - before));
    }
}
