package io.certbadge.media;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The chunk layer of a PNG (ISO/IEC 15948 §5), read strictly: signature, every length, every CRC,
 * IHDR first and IEND last. Whatever the bytes, reading ends in a chunk list or a {@link BadgeImageException}.
 */
final class PngChunks {

    record Chunk(String type, byte[] data) {

        boolean is(String chunkType) {
            return type.equals(chunkType);
        }
    }

    static final int MAX_IMAGE_BYTES = 5 * 1024 * 1024;

    private static final String IHDR = "IHDR";
    private static final String IEND = "IEND";
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** Length, type and CRC around each chunk's data. */
    private static final int CHUNK_OVERHEAD = 12;
    private static final int IHDR_LENGTH = 13;
    /** Real images have hundreds at most; the bound keeps a file of empty chunks from costing memory. */
    private static final int MAX_CHUNKS = 10_000;

    private PngChunks() {
    }

    static List<Chunk> read(byte[] png) {
        requireSignature(png);
        List<Chunk> chunks = new ArrayList<>();
        ByteBuffer buffer = ByteBuffer.wrap(png, SIGNATURE.length, png.length - SIGNATURE.length);
        while (true) {
            Chunk chunk = readChunk(buffer);
            if (chunks.isEmpty() && !(chunk.is(IHDR) && chunk.data().length == IHDR_LENGTH)) {
                throw new BadgeImageException("The PNG file is damaged: it does not start with an image header.");
            }
            chunks.add(chunk);
            if (chunk.is(IEND)) {
                return chunks;
            }
            if (chunks.size() > MAX_CHUNKS) {
                throw new BadgeImageException("The PNG file has too many chunks to be a badge image.");
            }
        }
    }

    static byte[] write(List<Chunk> chunks) {
        int size = SIGNATURE.length + chunks.stream().mapToInt(chunk -> CHUNK_OVERHEAD + chunk.data().length).sum();
        ByteBuffer out = ByteBuffer.allocate(size).put(SIGNATURE);
        for (Chunk chunk : chunks) {
            byte[] type = chunk.type().getBytes(StandardCharsets.ISO_8859_1);
            out.putInt(chunk.data().length).put(type).put(chunk.data()).putInt((int) crc(type, chunk.data()));
        }
        return out.array();
    }

    private static void requireSignature(byte[] png) {
        if (png == null || png.length == 0) {
            throw new BadgeImageException("The file is empty.");
        }
        if (png.length > MAX_IMAGE_BYTES) {
            throw new BadgeImageException("The PNG file is larger than 5 MiB, which is not accepted.");
        }
        if (png.length < SIGNATURE.length || !Arrays.equals(png, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
            throw new BadgeImageException("The file is not a PNG image.");
        }
    }

    private static Chunk readChunk(ByteBuffer buffer) {
        if (buffer.remaining() < CHUNK_OVERHEAD) {
            throw truncated();
        }
        long length = Integer.toUnsignedLong(buffer.getInt());
        byte[] type = new byte[4];
        buffer.get(type);
        if (!isChunkType(type)) {
            throw new BadgeImageException("The PNG file is damaged: it holds a chunk with an invalid type.");
        }
        if (length > buffer.remaining() - Integer.BYTES) {
            throw truncated();
        }
        byte[] data = new byte[(int) length];
        buffer.get(data);
        long storedCrc = Integer.toUnsignedLong(buffer.getInt());
        if (storedCrc != crc(type, data)) {
            throw new BadgeImageException("The PNG file is damaged: a chunk checksum does not match.");
        }
        return new Chunk(new String(type, StandardCharsets.ISO_8859_1), data);
    }

    private static boolean isChunkType(byte[] type) {
        for (byte letter : type) {
            if (!(letter >= 'A' && letter <= 'Z' || letter >= 'a' && letter <= 'z')) {
                return false;
            }
        }
        return true;
    }

    private static long crc(byte[] type, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(type);
        crc.update(data);
        return crc.getValue();
    }

    private static BadgeImageException truncated() {
        return new BadgeImageException("The PNG file is truncated: it ends before its last chunk.");
    }
}
