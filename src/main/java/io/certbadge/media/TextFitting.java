package io.certbadge.media;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Fits a text into a box of a given width and number of lines: the largest font size whose word
 * wrap fits wins; at the smallest size the text is cut with an ellipsis. Measuring happens in the
 * drawing's own units, so the SVG and the PNG of one badge break their lines in the same places.
 */
final class TextFitting {

    record Fitted(List<String> lines, Font font) {
    }

    private static final String ELLIPSIS = "\u2026";
    private static final float SIZE_STEP = 2f;
    private static final FontRenderContext MEASURING = new FontRenderContext(null, true, true);

    private TextFitting() {
    }

    static Fitted fit(String text, Font font, float largestSize, float smallestSize, double maxWidth, int maxLines) {
        for (float size = largestSize; size > smallestSize; size -= SIZE_STEP) {
            Font sized = font.deriveFont(size);
            List<String> lines = wrap(text, sized, maxWidth);
            if (lines.size() <= maxLines && everyWordFits(text, sized, maxWidth)) {
                return new Fitted(lines, sized);
            }
        }
        Font smallest = font.deriveFont(smallestSize);
        List<String> lines = wrap(text, smallest, maxWidth);
        if (lines.size() <= maxLines) {
            return new Fitted(lines, smallest);
        }
        List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
        kept.set(maxLines - 1, withEllipsis(kept.get(maxLines - 1), smallest, maxWidth));
        return new Fitted(kept, smallest);
    }

    static double width(String text, Font font) {
        return font.getStringBounds(text, MEASURING).getWidth();
    }

    private static List<String> wrap(String text, Font font, double maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(candidate, font) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            List<String> pieces = breakWord(word, font, maxWidth);
            lines.addAll(pieces.subList(0, pieces.size() - 1));
            line.append(pieces.get(pieces.size() - 1));
        }
        lines.add(line.toString());
        return lines;
    }

    /** Breaking a word ("Fundament" / "als") is the last resort, for the smallest size only. */
    private static boolean everyWordFits(String text, Font font, double maxWidth) {
        for (String word : text.strip().split("\\s+")) {
            if (width(word, font) > maxWidth) {
                return false;
            }
        }
        return true;
    }

    /** A word wider than the box (a long URL, a name without spaces) is broken between characters. */
    private static List<String> breakWord(String word, Font font, double maxWidth) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        word.codePoints().forEach(codePoint -> {
            String candidate = new StringBuilder(piece).appendCodePoint(codePoint).toString();
            if (piece.length() > 0 && width(candidate, font) > maxWidth) {
                pieces.add(piece.toString());
                piece.setLength(0);
            }
            piece.appendCodePoint(codePoint);
        });
        pieces.add(piece.toString());
        return pieces;
    }

    private static String withEllipsis(String line, Font font, double maxWidth) {
        String shortened = line.strip();
        while (!shortened.isEmpty() && width(shortened + ELLIPSIS, font) > maxWidth) {
            shortened = shortened.substring(0, shortened.offsetByCodePoints(shortened.length(), -1)).strip();
        }
        return shortened + ELLIPSIS;
    }
}
