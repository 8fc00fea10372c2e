package io.certbadge.media;

import java.awt.Color;
import java.util.regex.Pattern;

/** Colour parsing and the WCAG 2 contrast arithmetic that decides which text colour stays readable. */
final class Colours {

    static final Color WHITE = Color.WHITE;
    static final Color INK = new Color(0x11, 0x18, 0x27);
    /** WCAG 2 level AA for normal-size text. */
    static final double MIN_TEXT_CONTRAST = 4.5;

    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    private Colours() {
    }

    static boolean isHex(String colour) {
        return colour != null && HEX.matcher(colour).matches();
    }

    static Color parse(String hex) {
        if (!isHex(hex)) {
            throw new IllegalArgumentException("colour must be #rrggbb, was " + hex);
        }
        return new Color(Integer.parseInt(hex.substring(1), 16));
    }

    static String hex(Color colour) {
        return String.format("#%06x", colour.getRGB() & 0xFFFFFF);
    }

    /** White where it reaches AA contrast on the background, else near-black ink. */
    static Color textOn(Color background) {
        return contrast(WHITE, background) >= MIN_TEXT_CONTRAST ? WHITE : INK;
    }

    /** The colour itself where it is readable as text on white, else near-black ink. */
    static Color readableOnWhite(Color colour) {
        return contrast(colour, WHITE) >= MIN_TEXT_CONTRAST ? colour : INK;
    }

    /** Mixes the colour towards white; {@code amount} 0 keeps it, 1 gives white. */
    static Color tint(Color colour, double amount) {
        return new Color(towardsWhite(colour.getRed(), amount), towardsWhite(colour.getGreen(), amount),
                towardsWhite(colour.getBlue(), amount));
    }

    static double contrast(Color a, Color b) {
        double lighter = Math.max(relativeLuminance(a), relativeLuminance(b));
        double darker = Math.min(relativeLuminance(a), relativeLuminance(b));
        return (lighter + 0.05) / (darker + 0.05);
    }

    private static double relativeLuminance(Color colour) {
        return 0.2126 * linear(colour.getRed()) + 0.7152 * linear(colour.getGreen()) + 0.0722 * linear(colour.getBlue());
    }

    private static double linear(int channel) {
        double value = channel / 255.0;
        return value <= 0.03928 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
    }

    private static int towardsWhite(int channel, double amount) {
        return (int) Math.round(channel + (255 - channel) * amount);
    }
}
