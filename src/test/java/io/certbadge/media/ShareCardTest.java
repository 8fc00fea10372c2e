package io.certbadge.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ShareCardTest {

    private static final byte[] BADGE =
            new BadgeArtworkRenderer().png(new BadgeDesign("Certified Trainer", "GitLab CI/CD", "#1f6feb"), 600);

    private final ShareCardRenderer shareCard = new ShareCardRenderer();

    @Test
    void shouldRender1200By627OpaquePng() throws Exception {
        BufferedImage card = render(content("Certified Trainer – GitLab CI/CD", "Ada Lovelace", "Example Education"));

        assertEquals(1200, card.getWidth());
        assertEquals(627, card.getHeight());
        assertFalse(card.getColorModel().hasAlpha(), "LinkedIn shows transparency as black");
    }

    @Test
    void shouldShowBadgeOnTheLeftPanel() throws Exception {
        BufferedImage card = render(content("Certified Trainer – GitLab CI/CD", "Ada Lovelace", "Example Education"));

        int panel = card.getRGB(10, 10);
        int badgeFill = card.getRGB(145, 306);
        assertNotEquals(panel, badgeFill);
        assertEquals(0x1f6feb, badgeFill & 0xFFFFFF, "the badge's own colour, left of its text, undimmed");
    }

    @Test
    void shouldFitVeryLongNamesWithoutThrowing() throws Exception {
        String words = "Certified Trainer for Advanced Continuous Integration and Delivery Pipelines ".repeat(12).strip();
        String unbroken = "Wolfeschlegelsteinhausenbergerdorff".repeat(25);

        BufferedImage card = render(content(words, unbroken, words));

        assertEquals(1200, card.getWidth());
    }

    @Test
    void shouldRefuseBadgeThatIsNotAnImage() {
        ShareCardContent content = new ShareCardContent("not a png".getBytes(StandardCharsets.US_ASCII),
                "Certified Trainer", "Ada Lovelace", "Example Education", "#1f6feb");

        assertThrows(BadgeImageException.class, () -> shareCard.png(content));
    }

    @Test
    void shouldRefuseBadgeClaimingHugeDimensionsBeforeDecodingPixels() {
        ShareCardContent content = new ShareCardContent(headerOnlyPng(100_000, 100_000),
                "Certified Trainer", "Ada Lovelace", "Example Education", "#1f6feb");

        BadgeImageException refused = assertThrows(BadgeImageException.class, () -> shareCard.png(content));

        assertEquals("The badge image is larger than 4096 × 4096 pixels.", refused.getMessage());
    }

    @Test
    void shouldRejectIncompleteContent() {
        String overlong = "x".repeat(1001);
        assertThrows(IllegalArgumentException.class, () -> new ShareCardContent(BADGE, " ", "Ada", "Issuer", "#1f6feb"));
        assertThrows(IllegalArgumentException.class, () -> new ShareCardContent(new byte[0], "A", "Ada", "Issuer", "#1f6feb"));
        assertThrows(IllegalArgumentException.class, () -> new ShareCardContent(BADGE, "A", overlong, "Issuer", "#1f6feb"));
        assertThrows(IllegalArgumentException.class, () -> new ShareCardContent(BADGE, "A", "Ada", "Issuer", "red"));
    }

    private BufferedImage render(ShareCardContent content) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(shareCard.png(content)));
    }

    private static ShareCardContent content(String achievement, String recipient, String issuer) {
        return new ShareCardContent(BADGE, achievement, recipient, issuer, "#1f6feb");
    }

    /** A PNG whose IHDR claims the given size, with no pixel data: a decompression bomb's header. */
    private static byte[] headerOnlyPng(int width, int height) {
        byte[] ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 6).array();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        out.writeBytes(PngTestImages.chunk("IHDR", ihdr));
        out.writeBytes(PngTestImages.chunk("IEND", new byte[0]));
        return out.toByteArray();
    }
}
