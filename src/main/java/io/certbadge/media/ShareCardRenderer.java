package io.certbadge.media;

import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * The 1200 × 627 PNG that LinkedIn and other Open Graph readers show for a credential link (they
 * read PNG, not SVG): the badge on a tinted panel at the left, the achievement, recipient and issuer
 * at the right, each fitted to its box by shrinking, wrapping and, at last, an ellipsis; the
 * issuer's logo at the top right. A revoked or expired credential's card is greyed and stamped
 * ({@link ShareCardStamp}) and says since when.
 */
@ApplicationScoped
public class ShareCardRenderer {

    public static final int WIDTH = 1200;
    public static final int HEIGHT = 627;

    private static final int MAX_BADGE_PIXELS = 4096;
    private static final int PANEL_WIDTH = 480;
    /** How far the panel's tint moves the accent colour towards white, so the badge stands out on it. */
    private static final double PANEL_TINT = 0.85;
    private static final int BADGE_BOX = 380;
    private static final int ACCENT_BAR_HEIGHT = 14;
    private static final int ACCENT_RULE_WIDTH = 72;
    private static final int ACCENT_RULE_HEIGHT = 6;
    private static final int TEXT_LEFT = 540;
    private static final int TEXT_WIDTH = 600;
    private static final double LINE_HEIGHT_EM = 1.2;
    private static final int GAP_AFTER_RULE = 30;
    private static final TextStyle ACHIEVEMENT = new TextStyle(Font.BOLD, 60, 36, 3, Colours.INK, 26);
    private static final TextStyle RECIPIENT = new TextStyle(Font.PLAIN, 34, 24, 2, new Color(0x37, 0x41, 0x51), 12);
    private static final TextStyle ISSUER = new TextStyle(Font.PLAIN, 28, 20, 1, new Color(0x4b, 0x55, 0x63), 0);
    private static final TextStyle STATE = new TextStyle(Font.BOLD, 34, 26, 1, ShareCardStamp.REVOKED, 18);
    private static final int LOGO_SIZE = 72;
    private static final int LOGO_MARGIN = 36;

    static {
        Rendering.ensureHeadless();
    }

    /** Font sizes from largest to smallest, line limit, colour and space below, of one text on the card. */
    private record TextStyle(int fontStyle, float largestSize, float smallestSize, int maxLines, Color colour,
            int gapAfter) {

        TextBlock fit(String text) {
            return new TextBlock(TextFitting.fit(text, Rendering.font(fontStyle, 1), largestSize, smallestSize, TEXT_WIDTH,
                    maxLines), this);
        }
    }

    private record TextBlock(TextFitting.Fitted fitted, TextStyle style) {

        double height() {
            return fitted.lines().size() * lineHeight();
        }

        double lineHeight() {
            return fitted.font().getSize2D() * LINE_HEIGHT_EM;
        }

        double heightWithGap() {
            return height() + style.gapAfter();
        }
    }

    public byte[] png(ShareCardContent content) {
        BufferedImage badge = decode(content.badgePng());
        boolean current = content.state() == ShareCardContent.State.VALID;
        Color accent = current ? Colours.parse(content.colourHex()) : ShareCardStamp.colour(content.state());
        BufferedImage card = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = Rendering.antialiased(card);
        try {
            drawBackground(graphics, accent, current ? Colours.tint(accent, PANEL_TINT) : ShareCardStamp.PANEL);
            drawBadge(graphics, current ? badge : ShareCardStamp.faded(badge));
            if (!current) {
                ShareCardStamp.draw(graphics, content.state(), PANEL_WIDTH / 2.0, (HEIGHT - ACCENT_BAR_HEIGHT) / 2.0);
            }
            drawText(graphics, content, Colours.readableOnWhite(accent));
            if (content.issuerLogoPng() != null) {
                graphics.drawImage(decode(content.issuerLogoPng()), WIDTH - LOGO_MARGIN - LOGO_SIZE, LOGO_MARGIN,
                        LOGO_SIZE, LOGO_SIZE, null);
            }
        } finally {
            graphics.dispose();
        }
        return Rendering.png(card);
    }

    private static void drawBackground(Graphics2D graphics, Color accent, Color panel) {
        graphics.setColor(Colours.WHITE);
        graphics.fillRect(0, 0, WIDTH, HEIGHT);
        graphics.setColor(panel);
        graphics.fillRect(0, 0, PANEL_WIDTH, HEIGHT);
        graphics.setColor(accent);
        graphics.fillRect(0, HEIGHT - ACCENT_BAR_HEIGHT, WIDTH, ACCENT_BAR_HEIGHT);
    }

    private static void drawBadge(Graphics2D graphics, BufferedImage badge) {
        double scale = Math.min(BADGE_BOX / (double) badge.getWidth(), BADGE_BOX / (double) badge.getHeight());
        int width = (int) Math.round(badge.getWidth() * scale);
        int height = (int) Math.round(badge.getHeight() * scale);
        int x = (PANEL_WIDTH - width) / 2;
        int y = (HEIGHT - ACCENT_BAR_HEIGHT - height) / 2;
        graphics.drawImage(badge, x, y, width, height, null);
    }

    private static void drawText(Graphics2D graphics, ShareCardContent content, Color accent) {
        List<TextBlock> blocks = new ArrayList<>();
        if (content.state() != ShareCardContent.State.VALID) {
            blocks.add(new TextStyle(STATE.fontStyle(), STATE.largestSize(), STATE.smallestSize(), STATE.maxLines(),
                    accent, STATE.gapAfter()).fit(ShareCardStamp.since(content.state(), content.stateDate())));
        }
        blocks.add(ACHIEVEMENT.fit(content.achievementName()));
        blocks.add(RECIPIENT.fit("Awarded to " + content.recipientName()));
        blocks.add(ISSUER.fit("Issued by " + content.issuerName()));
        double height = ACCENT_RULE_HEIGHT + GAP_AFTER_RULE + blocks.stream().mapToDouble(TextBlock::heightWithGap).sum();
        double top = (HEIGHT - ACCENT_BAR_HEIGHT - height) / 2;

        graphics.setColor(accent);
        graphics.fill(new Rectangle2D.Double(TEXT_LEFT, top, ACCENT_RULE_WIDTH, ACCENT_RULE_HEIGHT));
        top += ACCENT_RULE_HEIGHT + GAP_AFTER_RULE;
        for (TextBlock block : blocks) {
            graphics.setColor(block.style().colour());
            graphics.setFont(block.fitted().font());
            double ascent = graphics.getFontMetrics().getAscent();
            for (int line = 0; line < block.fitted().lines().size(); line++) {
                float baseline = (float) (top + ascent + line * block.lineHeight());
                graphics.drawString(block.fitted().lines().get(line), TEXT_LEFT, baseline);
            }
            top += block.heightWithGap();
        }
    }

    /** Reads the size before the pixels, so a tiny file claiming a huge image is refused cheaply. */
    private static BufferedImage decode(byte[] png) {
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(png))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new BadgeImageException("The badge image is not an image file.");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                if (reader.getWidth(0) > MAX_BADGE_PIXELS || reader.getHeight(0) > MAX_BADGE_PIXELS) {
                    throw new BadgeImageException("The badge image is larger than 4096 × 4096 pixels.");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new BadgeImageException("The badge image could not be read.", e);
        }
    }
}
