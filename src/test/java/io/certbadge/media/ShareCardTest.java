package io.certbadge.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void shouldGreyAndStampTheBadgeOfARevokedCredential() throws Exception {
        ShareCardContent valid = content("Certified Trainer – GitLab CI/CD", "Ada Lovelace", "Example Education");
        BufferedImage revoked = render(new ShareCardContent(BADGE, valid.achievementName(), valid.recipientName(),
                valid.issuerName(), valid.colourHex(), ShareCardContent.State.REVOKED,
                java.time.LocalDate.of(2026, 11, 30), null));

        int badgeFill = revoked.getRGB(145, 306) & 0xFFFFFF;
        int red = badgeFill >> 16 & 0xFF;
        int blue = badgeFill & 0xFF;
        assertTrue(Math.abs(blue - red) < 24, "the badge's blue is faded to grey: #" + Integer.toHexString(badgeFill));
        assertEquals(0xb91c1c, revoked.getRGB(12, 620) & 0xFFFFFF, "the bottom bar is the stamp's red");
        assertTrue(countPixels(revoked, 0, 0, 480, 613, 0xb91c1c) > 2_000, "a red stamp lies across the badge");
    }

    @Test
    void shouldShowTheIssuerLogoAtTheTopRight() throws Exception {
        byte[] logo = new IssuerLogoRenderer().png(144);
        ShareCardContent plain = content("Certified Trainer – GitLab CI/CD", "Ada Lovelace", "Example Education");
        BufferedImage card = render(new ShareCardContent(BADGE, plain.achievementName(), plain.recipientName(),
                plain.issuerName(), plain.colourHex(), ShareCardContent.State.VALID, null, logo));

        assertEquals(Colours.INK.getRGB() & 0xFFFFFF, card.getRGB(1100, 60) & 0xFFFFFF, "the logo's dark tile");
        assertEquals(0xFFFFFF, render(plain).getRGB(1100, 60) & 0xFFFFFF, "white there without a logo");
    }

    private static int countPixels(BufferedImage image, int x0, int y0, int x1, int y1, int rgb) {
        int count = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                count += (image.getRGB(x, y) & 0xFFFFFF) == rgb ? 1 : 0;
            }
        }
        return count;
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
