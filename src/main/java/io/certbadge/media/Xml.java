package io.certbadge.media;

/** Escaping for text that goes into the SVG this package writes, in element content and attributes alike. */
final class Xml {

    private static final int REPLACEMENT_CHARACTER = 0xFFFD;

    private Xml() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(codePoint -> {
            switch (codePoint) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                // a control character or lone surrogate would make the whole document unparseable
                default -> out.appendCodePoint(isXmlChar(codePoint) ? codePoint : REPLACEMENT_CHARACTER);
            }
        });
        return out.toString();
    }

    /** The Char production of XML 1.0. */
    private static boolean isXmlChar(int codePoint) {
        return codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD
                || (codePoint >= 0x20 && codePoint <= 0xD7FF)
                || (codePoint >= 0xE000 && codePoint <= 0xFFFD)
                || (codePoint >= 0x10000 && codePoint <= 0x10FFFF);
    }
}
