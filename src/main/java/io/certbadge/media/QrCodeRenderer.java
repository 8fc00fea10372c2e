package io.certbadge.media;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.EncodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** QR codes for a credential's verification URL, as PNG for print and as SVG for the web. */
@ApplicationScoped
public class QrCodeRenderer {

    public static final int MIN_SIZE_PX = 64;
    public static final int MAX_SIZE_PX = 2048;

    /** The quiet zone ISO/IEC 18004 asks for; scanners miss codes printed tight against other ink. */
    private static final int QUIET_ZONE_MODULES = 4;
    private static final int MAX_TEXT_LENGTH = 2048;
    private static final int SVG_UNITS_PER_MODULE = 8;
    /** ISO/IEC 18004 defines eight data masks; the encoder's choice is tried first. */
    private static final int MASK_PATTERNS = 8;
    private static final Map<EncodeHintType, Object> HINTS = Map.of(
            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
            EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
            EncodeHintType.MARGIN, QUIET_ZONE_MODULES);

    static {
        Rendering.ensureHeadless();
    }

    /** A black-on-white PNG of exactly {@code sizePx} square, quiet zone included. */
    public byte[] png(String text, int sizePx) {
        if (sizePx < MIN_SIZE_PX || sizePx > MAX_SIZE_PX) {
            throw new IllegalArgumentException(
                    "QR code size must be " + MIN_SIZE_PX + ".." + MAX_SIZE_PX + " px, was " + sizePx);
        }
        BitMatrix matrix = encode(text, sizePx);
        if (matrix.getWidth() > sizePx) {
            throw new IllegalArgumentException(
                    "text needs " + matrix.getWidth() + " px, more than the " + sizePx + " px asked for");
        }
        return Rendering.png(MatrixToImageWriter.toBufferedImage(matrix));
    }

    /** One module per SVG unit, every dark module drawn by a single path, so it scales without blur. */
    public String svg(String text) {
        BitMatrix matrix = encode(text, 0);
        int modules = matrix.getWidth();
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + modules + " " + modules + "\""
                + " width=\"" + modules * SVG_UNITS_PER_MODULE + "\" height=\"" + modules * SVG_UNITS_PER_MODULE + "\""
                + " shape-rendering=\"crispEdges\">"
                + "<title>" + Xml.escape(text) + "</title>"
                + "<rect width=\"" + modules + "\" height=\"" + modules + "\" fill=\"#ffffff\"/>"
                + "<path fill=\"#000000\" d=\"" + darkModulesPath(matrix) + "\"/>"
                + "</svg>";
    }

    /**
     * With size 0 ZXing returns one pixel per module, quiet zone included.
     * <p>
     * ZXing's own general-purpose reader fails on about one code in a hundred that its writer makes
     * for our URLs (the finder-pattern detector locks onto data modules), although the codes are
     * valid. Scanners vary, so every code is read back as drawn and, if that fails, drawn again with
     * another of the eight masks the standard allows until one reads back.
     */
    private static BitMatrix encode(String text, int sizePx) {
        if (text == null || text.isBlank() || text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("QR code text must be 1.." + MAX_TEXT_LENGTH + " characters");
        }
        BitMatrix chosen = encode(text, sizePx, HINTS);
        for (int mask = 0; mask < MASK_PATTERNS && !readsBack(chosen, sizePx, text); mask++) {
            Map<EncodeHintType, Object> hints = new HashMap<>(HINTS);
            hints.put(EncodeHintType.QR_MASK_PATTERN, mask);
            chosen = encode(text, sizePx, hints);
        }
        return chosen;
    }

    private static BitMatrix encode(String text, int sizePx, Map<EncodeHintType, Object> hints) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, sizePx, sizePx, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("text does not fit in a QR code", e);
        }
    }

    /** A one-pixel-per-module matrix (the SVG's) is read at the size a browser shows the SVG. */
    private static boolean readsBack(BitMatrix matrix, int sizePx, String text) {
        BitMatrix drawn = sizePx > 0 ? matrix : scaled(matrix, SVG_UNITS_PER_MODULE);
        try {
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(MatrixToImageWriter.toBufferedImage(drawn))));
            return text.equals(new QRCodeReader().decode(bitmap).getText());
        } catch (ReaderException e) {
            return false;
        }
    }

    private static BitMatrix scaled(BitMatrix matrix, int factor) {
        BitMatrix scaled = new BitMatrix(matrix.getWidth() * factor, matrix.getHeight() * factor);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    scaled.setRegion(x * factor, y * factor, factor, factor);
                }
            }
        }
        return scaled;
    }

    /** Horizontal runs of dark modules become one rectangle each, which keeps the path short. */
    private static String darkModulesPath(BitMatrix matrix) {
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            int x = 0;
            while (x < matrix.getWidth()) {
                if (!matrix.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < matrix.getWidth() && matrix.get(x, y)) {
                    x++;
                }
                int run = x - start;
                path.append('M').append(start).append(' ').append(y)
                        .append('h').append(run).append("v1h-").append(run).append('z');
            }
        }
        return path.toString();
    }
}
