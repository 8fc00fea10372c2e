package io.certbadge.common;

import java.text.Normalizer;
import java.util.Optional;

/**
 * Text that people type and other people read, such as names and reasons. It is stored in Unicode
 * normalisation form C, so that the same name is the same string however it was typed, and it may
 * not hold what a reader cannot see or what changes how the rest is shown: control characters,
 * format characters (zero-width spaces, bidirectional overrides such as U+202E), line and paragraph
 * separators, private-use and unassigned code points, lone surrogates.
 */
public final class UnicodeText {

    private UnicodeText() {
    }

    /** {@code text} in NFC; null stays null. */
    public static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** Why {@code text} is not acceptable, or empty when it is (null is for @NotNull to judge). */
    public static Optional<String> problem(String text, boolean letterRequired) {
        if (text == null) {
            return Optional.empty();
        }
        boolean letter = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (hidden(c)) {
                return Optional.of(String.format("must not contain the invisible or control character U+%04X", c));
            }
            letter |= Character.isLetter(c);
            i += Character.charCount(c);
        }
        return letterRequired && !letter ? Optional.of("must contain a letter") : Optional.empty();
    }

    private static boolean hidden(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.PRIVATE_USE, Character.UNASSIGNED, Character.SURROGATE -> true;
            default -> false;
        };
    }
}
