package io.certbadge.support;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * Reads the images the service serves through readers it does not use itself: javax.imageio's
 * PNG decoder and metadata tree, and the JDK's namespace-aware DOM parser.
 */
public final class Images {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private Images() {
    }

    /** GET {@code path}, expecting 200 with {@code mediaType}. */
    public static ExtractableResponse<Response> fetch(String path, String mediaType) {
        return given().when().get(path).then().statusCode(200).contentType(mediaType).extract();
    }

    /**
     * The image at {@code path} carries a strong ETag and Cache-Control, and If-None-Match naming
     * that tag (strong, weak, in a list, or {@code *}) gets a 304 without a body; another tag gets the image.
     */
    public static void assertRevalidates(String path) {
        String etag = given().when().get(path).then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=86400, no-transform"))
                .extract().header("ETag");
        if (etag == null || !etag.matches("\"[0-9a-f]{32}\"")) {
            throw new AssertionError("no strong ETag: " + etag);
        }
        given().header("If-None-Match", etag).when().get(path)
                .then().statusCode(304).header("ETag", etag).body(emptyString());
        given().header("If-None-Match", "\"0123456789abcdef0123456789abcdef\", W/" + etag).when().get(path)
                .then().statusCode(304);
        given().header("If-None-Match", "*").when().get(path).then().statusCode(304);
        given().header("If-None-Match", "\"0123456789abcdef0123456789abcdef\"").when().get(path)
                .then().statusCode(200).header("ETag", etag).body(not(emptyString()));
    }

    public static BufferedImage decode(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        if (image == null) {
            throw new AssertionError("not a PNG ImageIO can read");
        }
        return image;
    }

    public static int alpha(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) >>> 24;
    }

    /** Every iTXt entry of the PNG's "javax_imageio_png_1.0" metadata tree, in file order. */
    public static List<IIOMetadataNode> iTxtEntries(byte[] png) throws IOException {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
            try {
                reader.setInput(input);
                Node root = reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
                List<IIOMetadataNode> entries = new ArrayList<>();
                for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
                    if ("iTXt".equals(child.getNodeName())) {
                        for (Node entry = child.getFirstChild(); entry != null; entry = entry.getNextSibling()) {
                            entries.add((IIOMetadataNode) entry);
                        }
                    }
                }
                return entries;
            } finally {
                reader.dispose();
            }
        }
    }

    /**
     * The chunk types of a PNG in file order, walked by hand over the whole file (javax.imageio's
     * metadata may stop at the image data); a bad signature or CRC fails the test.
     */
    public static List<String> chunkTypes(byte[] png) {
        ByteBuffer in = ByteBuffer.wrap(png);
        byte[] signature = new byte[PNG_SIGNATURE.length];
        in.get(signature);
        if (!Arrays.equals(PNG_SIGNATURE, signature)) {
            throw new AssertionError("not a PNG signature");
        }
        List<String> types = new ArrayList<>();
        while (in.hasRemaining()) {
            int length = in.getInt();
            byte[] typeAndData = new byte[4 + length];
            in.get(typeAndData);
            CRC32 crc = new CRC32();
            crc.update(typeAndData);
            if ((int) crc.getValue() != in.getInt()) {
                throw new AssertionError("bad CRC after chunk " + types.size());
            }
            types.add(new String(typeAndData, 0, 4, StandardCharsets.ISO_8859_1));
        }
        return types;
    }

    /** A namespace-aware DOM of an SVG; doctypes are refused, as no SVG of ours has one. */
    public static Document svg(byte[] svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
    }
}
