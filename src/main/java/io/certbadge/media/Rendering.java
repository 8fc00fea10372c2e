package io.certbadge.media;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** The Java2D set-up shared by every raster this package draws. */
final class Rendering {

    /** The family the SVGs name first, so a raster and its SVG measure text alike. */
    static final String FONT_FAMILY = "DejaVu Sans";

    private static final String HEADLESS_PROPERTY = "java.awt.headless";

    private Rendering() {
    }

    /** A server has no display; without this the first AWT call may try to open one. */
    static void ensureHeadless() {
        if (System.getProperty(HEADLESS_PROPERTY) == null) {
            System.setProperty(HEADLESS_PROPERTY, "true");
        }
    }

    static Font font(int style, float size) {
        return new Font(FONT_FAMILY, style, 1).deriveFont(size);
    }

    static Graphics2D antialiased(BufferedImage image) {
        Graphics2D graphics = image.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        return graphics;
    }

    static void drawCentred(Graphics2D graphics, String text, double centreX, double baseline) {
        double width = graphics.getFont().getStringBounds(text, graphics.getFontRenderContext()).getWidth();
        graphics.drawString(text, (float) (centreX - width / 2), (float) baseline);
    }

    static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            // only an in-memory stream is written, so this is a broken JDK rather than bad input
            throw new UncheckedIOException("PNG encoding failed", e);
        }
        return out.toByteArray();
    }
}
