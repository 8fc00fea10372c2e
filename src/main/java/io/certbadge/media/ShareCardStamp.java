package io.certbadge.media;

import io.certbadge.media.ShareCardContent.State;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.geom.AffineTransform;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How a share card shows that its credential no longer counts: the badge faded to grey, a rubber
 * stamp across it, and a line that says since when. A link preview must never advertise a revoked
 * or expired certification as current.
 */
final class ShareCardStamp {

    static final Color REVOKED = new Color(0xb9, 0x1c, 0x1c);
    static final Color EXPIRED = new Color(0xb4, 0x53, 0x09);
    /** A neutral panel: the course's colour would make a red course's revoked card look like its valid one. */
    static final Color PANEL = new Color(0xe5, 0xe7, 0xeb);

    private static final float FADED_OPACITY = 0.45f;
    private static final double STAMP_ANGLE = Math.toRadians(-18);
    private static final float STAMP_FONT_SIZE = 64;
    private static final int STAMP_PADDING = 18;
    private static final float STAMP_BORDER = 8;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private ShareCardStamp() {
    }

    static Color colour(State state) {
        return state == State.REVOKED ? REVOKED : EXPIRED;
    }

    /** The badge in grey, mostly transparent, so the stamp reads first. */
    static BufferedImage faded(BufferedImage badge) {
        BufferedImage grey = new ColorConvertOp(ColorSpace.getInstance(ColorSpace.CS_GRAY), null).filter(
                toArgb(badge), null);
        BufferedImage faded = new BufferedImage(badge.getWidth(), badge.getHeight(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = faded.createGraphics();
        try {
            graphics.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, FADED_OPACITY));
            graphics.drawImage(grey, 0, 0, null);
        } finally {
            graphics.dispose();
        }
        return faded;
    }

    /** "REVOKED" or "EXPIRED" in a rotated frame, centred on ({@code x}, {@code y}). */
    static void draw(Graphics2D graphics, State state, double x, double y) {
        String word = state.name();
        Font font = Rendering.font(Font.BOLD, STAMP_FONT_SIZE);
        FontMetrics metrics = graphics.getFontMetrics(font);
        double width = metrics.stringWidth(word) + 2.0 * STAMP_PADDING;
        double height = metrics.getAscent() + metrics.getDescent() + 2.0 * STAMP_PADDING;
        AffineTransform saved = graphics.getTransform();
        try {
            graphics.translate(x, y);
            graphics.rotate(STAMP_ANGLE);
            RoundRectangle2D frame = new RoundRectangle2D.Double(-width / 2, -height / 2, width, height, 16, 16);
            graphics.setColor(new Color(255, 255, 255, 230));
            graphics.fill(frame);
            graphics.setColor(colour(state));
            graphics.setStroke(new BasicStroke(STAMP_BORDER));
            graphics.draw(frame);
            graphics.setFont(font);
            graphics.drawString(word, (float) (-width / 2 + STAMP_PADDING),
                    (float) (-height / 2 + STAMP_PADDING + metrics.getAscent()));
        } finally {
            graphics.setTransform(saved);
        }
    }

    /** The line above the achievement: "Revoked on 30 November 2026". */
    static String since(State state, LocalDate day) {
        return (state == State.REVOKED ? "Revoked on " : "Expired on ") + DAY.format(day);
    }

    private static BufferedImage toArgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_ARGB) {
            return image;
        }
        BufferedImage argb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = argb.createGraphics();
        try {
            graphics.drawImage(image, 0, 0, null);
        } finally {
            graphics.dispose();
        }
        return argb;
    }
}
