package io.certbadge.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

class QrCodesTest {

    private static final String VERIFY_URL = "https://badges.example.com/verify/3q2-7Zk9QxWv1bN0rT5yHg";
    private static final Pattern MODULE_RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\d+z");
    private static final int RASTER_PIXELS_PER_MODULE = 6;

    private final QrCodeRenderer qrCodes = new QrCodeRenderer();

    @Test
    void shouldEncodeVerificationUrlThatZxingDecodesBackExactly() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(qrCodes.png(VERIFY_URL, 300)));

        assertEquals(300, image.getWidth());
        assertEquals(300, image.getHeight());
        assertEquals(VERIFY_URL, decode(image));
    }

    /**
     * ZXing's general reader (no PURE_BARCODE hint: it must find the code like a camera would)
     * misses about one code in a hundred as first drawn; every code we serve must read back.
     */
    @Test
    void shouldDrawCodesThatReadBackForEveryVerificationUrl() throws Exception {
        java.util.Random ids = new java.util.Random(20261125);
        int[] sizes = {128, 300, 512, 1024};
        for (int i = 0; i < 400; i++) {
            byte[] id = new byte[16];
            ids.nextBytes(id);
            String base = i % 2 == 0 ? "https://badges.example.com" : "http://localhost:8081";
            String url = base + "/verify/" + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(id);
            int size = sizes[i % sizes.length];
            assertEquals(url, decode(ImageIO.read(new ByteArrayInputStream(qrCodes.png(url, size)))), "PNG " + size + " px of " + url);
            assertEquals(url, decode(rasterise(qrCodes.svg(url))), "SVG of " + url);
        }
    }

    @Test
    void shouldEncodeNonAsciiTextAsUtf8() throws Exception {
        String text = "https://badges.example.com/verify/Zürich-Łódź";

        assertEquals(text, decode(ImageIO.read(new ByteArrayInputStream(qrCodes.png(text, 400)))));
    }

    @Test
    void shouldDrawSvgWhoseModulesDecodeToTheSameUrl() throws Exception {
        String svg = qrCodes.svg(VERIFY_URL);

        assertEquals(VERIFY_URL, decode(rasterise(svg)));
    }

    @Test
    void shouldDrawSvgWithViewBoxCrispEdgesAndOnePath() throws Exception {
        Element root = TestXml.parse(qrCodes.svg(VERIFY_URL)).getDocumentElement();

        assertTrue(root.getAttribute("viewBox").matches("0 0 \\d+ \\d+"));
        assertEquals("crispEdges", root.getAttribute("shape-rendering"));
        assertEquals(1, root.getElementsByTagName("path").getLength());
    }

    @Test
    void shouldLeaveQuietZoneOfFourModulesInSvg() {
        String svg = qrCodes.svg(VERIFY_URL);
        int modules = viewBoxSize(svg);

        Matcher run = MODULE_RUN.matcher(svg);
        while (run.find()) {
            int x = Integer.parseInt(run.group(1));
            int y = Integer.parseInt(run.group(2));
            int length = Integer.parseInt(run.group(3));
            boolean insideQuietZone = x >= 4 && y >= 4 && x + length <= modules - 4 && y < modules - 4;
            assertTrue(insideQuietZone, "ISO/IEC 18004 quiet zone of 4 modules");
        }
    }

    @Test
    void shouldEscapeTextInSvgTitle() throws Exception {
        String hostile = "https://example.com/?a=<script>&b=\"x\"";

        Element root = TestXml.parse(qrCodes.svg(hostile)).getDocumentElement();

        assertEquals(hostile, root.getElementsByTagName("title").item(0).getTextContent());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 63, 2049, -1})
    void shouldRefuseSizeOutsideBounds(int sizePx) {
        assertThrows(IllegalArgumentException.class, () -> qrCodes.png(VERIFY_URL, sizePx));
    }

    @Test
    void shouldRefuseBlankOrOverlongText() {
        assertThrows(IllegalArgumentException.class, () -> qrCodes.png(" ", 300));
        assertThrows(IllegalArgumentException.class, () -> qrCodes.svg(null));
        assertThrows(IllegalArgumentException.class, () -> qrCodes.svg("x".repeat(2049)));
    }

    @Test
    void shouldRefuseTextNeedingMorePixelsThanAskedFor() {
        assertThrows(IllegalArgumentException.class, () -> qrCodes.png("https://example.com/" + "x".repeat(1000), 64));
    }

    private static String decode(BufferedImage image) throws Exception {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new QRCodeReader().decode(bitmap).getText();
    }

    /** Draws the SVG's module runs with Java2D, the way any SVG renderer would fill them. */
    private static BufferedImage rasterise(String svg) {
        int modules = viewBoxSize(svg);
        int size = modules * RASTER_PIXELS_PER_MODULE;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, size, size);
        graphics.setColor(Color.BLACK);
        Matcher run = MODULE_RUN.matcher(svg);
        while (run.find()) {
            graphics.fillRect(Integer.parseInt(run.group(1)) * RASTER_PIXELS_PER_MODULE,
                    Integer.parseInt(run.group(2)) * RASTER_PIXELS_PER_MODULE,
                    Integer.parseInt(run.group(3)) * RASTER_PIXELS_PER_MODULE, RASTER_PIXELS_PER_MODULE);
        }
        graphics.dispose();
        return image;
    }

    private static int viewBoxSize(String svg) {
        Matcher viewBox = Pattern.compile("viewBox=\"0 0 (\\d+) \\1\"").matcher(svg);
        assertTrue(viewBox.find(), "square viewBox");
        return Integer.parseInt(viewBox.group(1));
    }
}
