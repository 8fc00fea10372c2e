package io.certbadge.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class BadgeArtworkTest {

    private static final BadgeDesign GITLAB_CI_CD = new BadgeDesign("Certified Trainer", "GitLab CI/CD", "#1f6feb");

    /** Space that keeps the course name visibly apart from the divider and the stars. */
    private static final double CLEARANCE = 12;

    private final BadgeArtworkRenderer artwork = new BadgeArtworkRenderer();

    @Test
    void shouldRenderTransparentSquarePngWithOpaqueBadge() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(artwork.png(GITLAB_CI_CD, 600)));

        assertEquals(600, image.getWidth());
        assertEquals(600, image.getHeight());
        assertTrue(image.getColorModel().hasAlpha());
        assertEquals(0, alpha(image, 0, 0), "corner is transparent");
        assertEquals(255, alpha(image, 300, 300), "centre is opaque");
    }

    @Test
    void shouldRenderLargerSizeForPrint() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(artwork.png(GITLAB_CI_CD, 1200)));

        assertEquals(1200, image.getWidth());
        assertEquals(0, alpha(image, 1199, 1199));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 599, 2049})
    void shouldRefusePngSizeOutsideBounds(int size) {
        assertThrows(IllegalArgumentException.class, () -> artwork.png(GITLAB_CI_CD, size));
    }

    @Test
    void shouldDrawSvgWith600ViewBoxAndTheNames() throws Exception {
        Element root = TestXml.parse(artwork.svg(GITLAB_CI_CD)).getDocumentElement();

        assertEquals("0 0 600 600", root.getAttribute("viewBox"));
        String text = root.getTextContent();
        assertTrue(text.contains("CERTIFIED TRAINER"));
        assertTrue(text.contains("GitLab"));
        assertTrue(text.contains("CI/CD"));
    }

    @Test
    void shouldEscapeHostileNamesInSvg() throws Exception {
        BadgeDesign hostile = new BadgeDesign("\"Trainer' & <b>", "<script>alert(1)</script>", "#1f6feb");

        String svg = artwork.svg(hostile);
        Document document = TestXml.parse(svg);

        assertFalse(svg.contains("<script"));
        assertEquals(0, document.getElementsByTagName("script").getLength());
        assertEquals(0, document.getElementsByTagName("b").getLength());
        assertTrue(document.getDocumentElement().getTextContent().contains("<script>"));
    }

    @Test
    void shouldKeepSvgParseableWithControlCharactersInNames() throws Exception {
        BadgeDesign design = new BadgeDesign("Certified\u0000Trainer", "Git\u0007Lab", "#1f6feb");

        TestXml.parse(artwork.svg(design));
    }

    @Test
    void shouldReferenceNoExternalFontOrImage() {
        String svg = artwork.svg(GITLAB_CI_CD);

        assertFalse(svg.contains("href"));
        assertFalse(svg.contains("url("));
        assertFalse(svg.contains("@import"));
        assertTrue(svg.contains("font-family=\"DejaVu Sans, Arial, sans-serif\""));
    }

    @Test
    void shouldWrapLongCourseNameOnAtMostThreeLines() throws Exception {
        BadgeDesign longCourse = new BadgeDesign("Certified Trainer",
                "GitLab Security Essentials and Advanced Compliance Administration for Large Enterprises", "#1f6feb");

        Document document = TestXml.parse(artwork.svg(longCourse));

        int courseLines = document.getElementsByTagName("text").getLength() - 1;
        assertTrue(courseLines >= 2 && courseLines <= 3, "course lines: " + courseLines);
    }

    @Test
    void shouldKeepThreeCourseLinesClearOfTheDividerAndTheStars() throws Exception {
        BadgeDesign threeLines = new BadgeDesign("Certified Trainer", "Platform Engineering Essentials", "#1f6feb");

        NodeList texts = TestXml.parse(artwork.svg(threeLines)).getElementsByTagName("text");

        assertEquals(4, texts.getLength(), "program line and three course lines");
        Element first = (Element) texts.item(1);
        Element last = (Element) texts.item(3);
        double size = Double.parseDouble(first.getAttribute("font-size"));
        double capTop = Double.parseDouble(first.getAttribute("y")) - 0.73 * size;
        double descender = Double.parseDouble(last.getAttribute("y")) + 0.24 * size;
        assertTrue(capTop >= 264 + CLEARANCE, "the divider ends at y=264, the first line starts at " + capTop);
        assertTrue(descender <= 465 - CLEARANCE, "the stars start at y=465, the last line ends at " + descender);
    }

    @Test
    void shouldUseDarkTextOnLightColour() {
        String svg = artwork.svg(new BadgeDesign("Certified Trainer", "GitLab CI/CD", "#fde68a"));

        assertTrue(svg.contains("fill=\"#111827\">CERTIFIED TRAINER</text>"));
    }

    @Test
    void shouldGiveWhiteTextAtLeastAaContrastOnEveryPaletteColour() {
        assertTrue(BadgeArtworkRenderer.PALETTE.size() >= 8);
        for (String colour : BadgeArtworkRenderer.PALETTE) {
            double contrast = whiteContrast(colour);
            assertTrue(contrast >= 4.5, "WCAG 2.x AA needs 4.5:1 for normal text; " + colour + " gives " + contrast);
        }
        assertEquals(BadgeArtworkRenderer.PALETTE.size(), new HashSet<>(BadgeArtworkRenderer.PALETTE).size());
    }

    @Test
    void shouldGiveSameColourToSameSlugAndSpreadSlugsOverThePalette() {
        assertEquals(BadgeArtworkRenderer.colourFor("gitlab-ci-cd"), BadgeArtworkRenderer.colourFor("gitlab-ci-cd"));

        Set<String> colours = new HashSet<>();
        IntStream.range(0, 40).forEach(i -> colours.add(BadgeArtworkRenderer.colourFor("course-" + i)));

        assertTrue(BadgeArtworkRenderer.PALETTE.containsAll(colours));
        assertTrue(colours.size() >= 8, "40 slugs got only " + colours.size() + " colours");
    }

    @Test
    void shouldRejectBlankSlug() {
        assertThrows(IllegalArgumentException.class, () -> BadgeArtworkRenderer.colourFor(" "));
    }

    @Test
    void shouldRejectInvalidDesign() {
        assertThrows(IllegalArgumentException.class, () -> new BadgeDesign("Certified Trainer", "GitLab CI/CD", "blue"));
        assertThrows(IllegalArgumentException.class, () -> new BadgeDesign("Certified Trainer", "GitLab CI/CD", "#1f6feb\n"));
        assertThrows(IllegalArgumentException.class, () -> new BadgeDesign(" ", "GitLab CI/CD", "#1f6feb"));
        assertThrows(IllegalArgumentException.class, () -> new BadgeDesign("Certified Trainer", "x".repeat(201), "#1f6feb"));
    }

    private static int alpha(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) >>> 24;
    }

    /** WCAG 2.x contrast of white text on the colour, computed here rather than by the code under test. */
    private static double whiteContrast(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        double luminance = 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
        return 1.05 / (luminance + 0.05);
    }

    private static double channel(int value) {
        double srgb = (value & 0xFF) / 255.0;
        return srgb <= 0.03928 ? srgb / 12.92 : Math.pow((srgb + 0.055) / 1.055, 2.4);
    }
}
