package io.certbadge.media;

import io.certbadge.media.PngChunks.Chunk;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Open Badges 3.0 baking of PNG images (§5.3.1): the credential travels in one {@code iTXt} chunk
 * with the keyword {@code openbadgecredential}, as a compact VC-JWT or as the credential JSON.
 */
@ApplicationScoped
public class PngBaking {

    static final String KEYWORD = "openbadgecredential";
    /** A credential, signed or not, is a few KiB; anything past this is not one. */
    static final int MAX_CREDENTIAL_BYTES = 1024 * 1024;

    private static final String ITXT = "iTXt";
    private static final String TEXT = "tEXt";
    private static final byte[] KEYWORD_BYTES = KEYWORD.getBytes(StandardCharsets.ISO_8859_1);
    private static final byte UNCOMPRESSED = 0;
    private static final byte COMPRESSED = 1;
    private static final byte ZLIB_METHOD = 0;
    private static final int INFLATE_BUFFER_BYTES = 8192;

    /** The image with {@code compactJwt} baked in right after IHDR, replacing any credential it held. */
    public byte[] bake(byte[] png, String compactJwt) {
        byte[] credential = requireCredential(compactJwt);
        List<Chunk> chunks = PngChunks.read(png);
        List<Chunk> baked = new ArrayList<>(chunks.size() + 1);
        baked.add(chunks.get(0));
        baked.add(new Chunk(ITXT, uncompressedITxt(credential)));
        chunks.stream().skip(1).filter(chunk -> !isCredentialChunk(chunk)).forEach(baked::add);
        return PngChunks.write(baked);
    }

    /** The credential baked into the image: a compact VC-JWT or an Open Badges JSON credential. */
    public String unbake(byte[] png) {
        List<Chunk> credentials = PngChunks.read(png).stream()
                .filter(chunk -> chunk.is(ITXT) && startsWithKeyword(chunk.data()))
                .toList();
        if (credentials.isEmpty()) {
            throw new BadgeImageException("The PNG file has no Open Badges credential baked in.");
        }
        if (credentials.size() > 1) {
            throw new BadgeImageException(
                    "The PNG file has more than one Open Badges credential baked in, so it is ambiguous.");
        }
        return credentialText(credentials.get(0).data());
    }

    private static byte[] requireCredential(String compactJwt) {
        if (compactJwt == null || compactJwt.isBlank()) {
            throw new IllegalArgumentException("the credential to bake is empty");
        }
        byte[] credential = compactJwt.getBytes(StandardCharsets.UTF_8);
        if (credential.length > MAX_CREDENTIAL_BYTES || compactJwt.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("the credential to bake is over 1 MiB or holds a NUL character");
        }
        return credential;
    }

    /** Keyword, NUL, compression flag and method, empty language tag, NUL, empty translated keyword, NUL, text. */
    private static byte[] uncompressedITxt(byte[] text) {
        return ByteBuffer.allocate(KEYWORD_BYTES.length + 5 + text.length)
                .put(KEYWORD_BYTES).put((byte) 0)
                .put(UNCOMPRESSED).put(ZLIB_METHOD)
                .put((byte) 0)
                .put((byte) 0)
                .put(text)
                .array();
    }

    private static boolean isCredentialChunk(Chunk chunk) {
        return (chunk.is(ITXT) || chunk.is(TEXT)) && startsWithKeyword(chunk.data());
    }

    private static boolean startsWithKeyword(byte[] data) {
        return data.length > KEYWORD_BYTES.length
                && Arrays.equals(data, 0, KEYWORD_BYTES.length, KEYWORD_BYTES, 0, KEYWORD_BYTES.length)
                && data[KEYWORD_BYTES.length] == 0;
    }

    private static String credentialText(byte[] iTxt) {
        if (iTxt.length > MAX_CREDENTIAL_BYTES) {
            throw new BadgeImageException(
                    "The credential baked into the PNG file is larger than 1 MiB, which is not accepted.");
        }
        int flagAt = KEYWORD_BYTES.length + 1;
        if (iTxt.length < flagAt + 2) {
            throw malformed();
        }
        byte flag = iTxt[flagAt];
        if ((flag != UNCOMPRESSED && flag != COMPRESSED) || iTxt[flagAt + 1] != ZLIB_METHOD) {
            throw malformed();
        }
        int languageTagEnd = indexOfNul(iTxt, flagAt + 2);
        int translatedKeywordEnd = indexOfNul(iTxt, languageTagEnd + 1);
        byte[] text = Arrays.copyOfRange(iTxt, translatedKeywordEnd + 1, iTxt.length);
        String credential = utf8(flag == COMPRESSED ? inflate(text) : text);
        if (credential.isBlank()) {
            throw new BadgeImageException("The Open Badges credential baked into the PNG file is empty.");
        }
        return credential;
    }

    private static int indexOfNul(byte[] data, int from) {
        for (int i = from; i < data.length; i++) {
            if (data[i] == 0) {
                return i;
            }
        }
        throw malformed();
    }

    /** Inflates at most {@link #MAX_CREDENTIAL_BYTES}, so a small zlib bomb cannot exhaust memory. */
    private static byte[] inflate(byte[] compressed) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[INFLATE_BUFFER_BYTES];
            while (!inflater.finished()) {
                int inflated = inflater.inflate(buffer);
                // no progress without the end of the stream: truncated input or a preset dictionary
                if (inflated == 0 && !inflater.finished()) {
                    throw malformed();
                }
                out.write(buffer, 0, inflated);
                if (out.size() > MAX_CREDENTIAL_BYTES) {
                    throw new BadgeImageException(
                            "The credential baked into the PNG file expands to more than 1 MiB, which is not accepted.");
                }
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new BadgeImageException(
                    "The credential baked into the PNG file is damaged: its compressed text cannot be read.", e);
        } finally {
            inflater.end();
        }
    }

    private static String utf8(byte[] text) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(text))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new BadgeImageException("The credential baked into the PNG file is not valid UTF-8 text.", e);
        }
    }

    private static BadgeImageException malformed() {
        return new BadgeImageException("The Open Badges credential chunk in the PNG file is malformed.");
    }
}
