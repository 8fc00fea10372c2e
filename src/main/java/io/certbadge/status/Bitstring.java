package io.certbadge.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.BitSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The {@code encodedList} of W3C Bitstring Status List v1.0: the bitstring GZIP-compressed, then
 * multibase base64url without padding ({@code u} prefix). Index 0 is the most significant bit of
 * the first byte.
 */
public final class Bitstring {

    private static final int MAX_DECODED_BYTES = 16 * 1024 * 1024;

    private Bitstring() {
    }

    public static String encode(BitSet set, int sizeInBits) {
        byte[] bytes = new byte[sizeInBits / 8];
        for (int i = set.nextSetBit(0); i >= 0 && i < sizeInBits; i = set.nextSetBit(i + 1)) {
            bytes[i / 8] |= (byte) (0x80 >>> (i % 8));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }

    /** Reads bit {@code index}; throws IllegalArgumentException for anything that is not a valid list. */
    public static boolean isSet(String encodedList, int index) {
        byte[] bits = decode(encodedList);
        if (index < 0 || index / 8 >= bits.length) {
            throw new IllegalArgumentException("index " + index + " is outside the list of " + bits.length * 8 + " bits");
        }
        return (bits[index / 8] & (0x80 >>> (index % 8))) != 0;
    }

    static byte[] decode(String encodedList) {
        if (encodedList == null || !encodedList.startsWith("u")) {
            throw new IllegalArgumentException("encodedList is not multibase base64url (no 'u' prefix)");
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(
                Base64.getUrlDecoder().decode(encodedList.substring(1))))) {
            byte[] bytes = in.readNBytes(MAX_DECODED_BYTES + 1);
            if (bytes.length > MAX_DECODED_BYTES) {
                throw new IllegalArgumentException("encodedList expands beyond " + MAX_DECODED_BYTES + " bytes");
            }
            return bytes;
        } catch (IOException e) {
            throw new IllegalArgumentException("encodedList is not GZIP data: " + e.getMessage(), e);
        }
    }
}
