package io.certbadge.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.Node;

/**
 * Builds test PNGs byte by byte, independently of the production chunk code, and reads them back
 * through javax.imageio, so baking is checked against a reader this package did not write.
 */
final class PngTestImages {

    /** Signature (8) plus IHDR (4 length + 4 type + 13 data + 4 CRC): where a chunk right after IHDR starts. */
    static final int AFTER_IHDR = 33;

    private PngTestImages() {
    }

    static byte[] plainPng(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(0x1f, 0x6f, 0xeb));
        graphics.fillOval(0, 0, width, height);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] chunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length)
                .putInt(data.length).put(typeBytes).put(data).putInt((int) crc.getValue())
                .array();
    }

    static byte[] iTxt(String keyword, int compressionFlag, byte[] text) {
        byte[] key = keyword.getBytes(StandardCharsets.ISO_8859_1);
        return ByteBuffer.allocate(key.length + 5 + text.length)
                .put(key).put((byte) 0).put((byte) compressionFlag).put((byte) 0).put((byte) 0).put((byte) 0).put(text)
                .array();
    }

    static byte[] tEXt(String keyword, String text) {
        return (keyword + "\0" + text).getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] insertAfterIhdr(byte[] png, byte[]... chunks) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, AFTER_IHDR);
        for (byte[] chunk : chunks) {
            out.writeBytes(chunk);
        }
        out.write(png, AFTER_IHDR, png.length - AFTER_IHDR);
        return out.toByteArray();
    }

    static byte[] zlib(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    /** The entries of one text chunk type ("iTXt", "tEXt") in javax.imageio's standard PNG metadata tree. */
    static List<IIOMetadataNode> textEntries(byte[] png, String chunkType) throws IOException {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReaders(input).next();
            try {
                reader.setInput(input);
                Node root = reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
                List<IIOMetadataNode> entries = new ArrayList<>();
                for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
                    if (chunkType.equals(child.getNodeName())) {
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
}
