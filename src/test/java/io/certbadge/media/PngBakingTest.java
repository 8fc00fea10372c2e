package io.certbadge.media;

import static io.certbadge.media.PngTestImages.AFTER_IHDR;
import static io.certbadge.media.PngTestImages.chunk;
import static io.certbadge.media.PngTestImages.iTxt;
import static io.certbadge.media.PngTestImages.insertAfterIhdr;
import static io.certbadge.media.PngTestImages.plainPng;
import static io.certbadge.media.PngTestImages.tEXt;
import static io.certbadge.media.PngTestImages.textEntries;
import static io.certbadge.media.PngTestImages.zlib;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import javax.imageio.metadata.IIOMetadataNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PngBakingTest {

    private static final String JWT = "eyJhbGciOiJFUzI1NiIsInR5cCI6IkpXVCJ9"
            + ".eyJpc3MiOiJodHRwczovL2JhZGdlcy5leGFtcGxlLmNvbS9pc3N1ZXIifQ.c2lnbmF0dXJl";
    private static final String OTHER_JWT = "eyJhbGciOiJSUzI1NiJ9.eyJqdGkiOiJ1cm46dXVpZDoxIn0.b3RoZXI";
    private static final String KEYWORD = "openbadgecredential";
    private static final int ONE_MIB = 1024 * 1024;

    private final PngBaking baking = new PngBaking();

    @Test
    void shouldBakeCredentialThatImageIoReadsAsUncompressedITxtEntry() throws IOException {
        byte[] baked = baking.bake(plainPng(32, 32), JWT);

        List<IIOMetadataNode> entries = credentialEntries(baked);
        assertEquals(1, entries.size(), "OB 3.0 §5.3.1: exactly one iTXt chunk with keyword openbadgecredential");
        IIOMetadataNode entry = entries.get(0);
        assertEquals(JWT, entry.getAttribute("text"));
        assertEquals("FALSE", entry.getAttribute("compressionFlag"));
        assertEquals("", entry.getAttribute("languageTag"));
        assertEquals("", entry.getAttribute("translatedKeyword"));
    }

    @Test
    void shouldKeepImageDecodableWithSamePixelsAfterBaking() throws IOException {
        byte[] png = plainPng(32, 32);

        BufferedImage before = ImageIO.read(new ByteArrayInputStream(png));
        BufferedImage after = ImageIO.read(new ByteArrayInputStream(baking.bake(png, JWT)));

        assertNotNull(after, "ImageIO must still decode the baked image");
        assertEquals(before.getWidth(), after.getWidth());
        assertEquals(before.getRGB(16, 16), after.getRGB(16, 16));
    }

    @Test
    void shouldPlaceCredentialChunkRightAfterIhdr() {
        byte[] baked = baking.bake(plainPng(32, 32), JWT);

        String type = new String(baked, AFTER_IHDR + 4, 4, StandardCharsets.ISO_8859_1);
        String keyword = new String(baked, AFTER_IHDR + 8, KEYWORD.length(), StandardCharsets.ISO_8859_1);
        assertEquals("iTXt", type);
        assertEquals(KEYWORD, keyword);
    }

    @Test
    void shouldBakeWithoutChangingBytesOtherThanTheCredentialChunk() {
        byte[] png = plainPng(32, 32);
        byte[] baked = baking.bake(png, JWT);
        int credentialChunkLength = 12 + ByteBuffer.wrap(baked).getInt(AFTER_IHDR);

        assertArrayEquals(Arrays.copyOfRange(png, AFTER_IHDR, png.length),
                Arrays.copyOfRange(baked, AFTER_IHDR + credentialChunkLength, baked.length));
    }

    @Test
    void shouldRoundTripCredentialThroughBakeAndUnbake() {
        assertEquals(JWT, baking.unbake(baking.bake(plainPng(32, 32), JWT)));
    }

    @Test
    void shouldReplaceExistingCredentialWhenBakedAgain() throws IOException {
        byte[] rebaked = baking.bake(baking.bake(plainPng(32, 32), OTHER_JWT), JWT);

        List<IIOMetadataNode> entries = credentialEntries(rebaked);
        assertEquals(1, entries.size());
        assertEquals(JWT, entries.get(0).getAttribute("text"));
        assertEquals(JWT, baking.unbake(rebaked));
    }

    @Test
    void shouldRemoveTextChunkCredentialWhenBaking() throws IOException {
        byte[] withTextCredential = insertAfterIhdr(plainPng(32, 32), chunk("tEXt", tEXt(KEYWORD, OTHER_JWT)));

        byte[] baked = baking.bake(withTextCredential, JWT);

        assertTrue(textEntries(baked, "tEXt").stream().noneMatch(entry -> KEYWORD.equals(entry.getAttribute("keyword"))));
        assertEquals(JWT, baking.unbake(baked));
    }

    @Test
    void shouldReplaceCredentialOf1EdTechFixtureAndKeepItsOtherChunks() throws IOException {
        byte[] baked = baking.bake(Fixtures.baked("simple-jwt.png"), JWT);

        assertEquals(JWT, credentialEntries(baked).get(0).getAttribute("text"));
        assertEquals(1, credentialEntries(baked).size());
        assertEquals(2, textEntries(baked, "tEXt").size(), "the fixture's date:create and date:modify stay");
        assertNotNull(ImageIO.read(new ByteArrayInputStream(baked)));
    }

    @Test
    void shouldUnbakeJwtFrom1EdTechFixture() {
        assertTrue(baking.unbake(Fixtures.baked("simple-jwt.png")).startsWith("eyJ"));
    }

    @Test
    void shouldUnbakeJsonCredentialFrom1EdTechFixture() {
        String credential = baking.unbake(Fixtures.baked("simple-json.png"));

        assertTrue(credential.startsWith("{"));
        assertTrue(credential.contains("OpenBadgeCredential"));
    }

    @Test
    void shouldUnbakeCompressedITxtCredential() {
        byte[] compressed = iTxt(KEYWORD, 1, zlib(JWT.getBytes(StandardCharsets.UTF_8)));

        assertEquals(JWT, baking.unbake(insertAfterIhdr(plainPng(32, 32), chunk("iTXt", compressed))));
    }

    @Test
    void shouldIgnoreOpenBadges2KeywordWhenUnbaking() {
        byte[] ob2 = chunk("iTXt", iTxt("openbadges", 0, OTHER_JWT.getBytes(StandardCharsets.UTF_8)));

        byte[] png = insertAfterIhdr(baking.bake(plainPng(32, 32), JWT), ob2);

        assertEquals(JWT, baking.unbake(png));
    }

    @Test
    void shouldRefuseEmptyInput() {
        assertRefused(new byte[0], "The file is empty.");
        assertRefused(null, "The file is empty.");
    }

    @Test
    void shouldRefuseFileThatIsNotPng() {
        assertRefused("GIF89a not a png at all".getBytes(StandardCharsets.US_ASCII), "The file is not a PNG image.");
    }

    @Test
    void shouldRefuseTruncatedPng() {
        byte[] baked = baking.bake(plainPng(32, 32), JWT);

        assertRefused(Arrays.copyOf(baked, baked.length - 5), "The PNG file is truncated: it ends before its last chunk.");
    }

    @Test
    void shouldRefusePngWithCorruptCrc() {
        byte[] baked = baking.bake(plainPng(32, 32), JWT);
        int credentialCrc = AFTER_IHDR + 8 + ByteBuffer.wrap(baked, AFTER_IHDR, 4).getInt();
        baked[credentialCrc] ^= 0x01;

        assertRefused(baked, "The PNG file is damaged: a chunk checksum does not match.");
    }

    @Test
    void shouldRefusePngWithoutCredential() {
        assertRefused(plainPng(32, 32), "The PNG file has no Open Badges credential baked in.");
    }

    @Test
    void shouldRefuseCredentialInTextChunkBecauseOb3RequiresITxt() {
        byte[] png = insertAfterIhdr(plainPng(32, 32), chunk("tEXt", tEXt(KEYWORD, JWT)));

        assertRefused(png, "The PNG file has no Open Badges credential baked in.");
    }

    @Test
    void shouldRefusePngWithTwoCredentialChunks() {
        byte[] credential = chunk("iTXt", iTxt(KEYWORD, 0, JWT.getBytes(StandardCharsets.UTF_8)));

        byte[] png = insertAfterIhdr(plainPng(32, 32), credential, credential);

        assertRefused(png, "The PNG file has more than one Open Badges credential baked in, so it is ambiguous.");
    }

    @Test
    void shouldRefuseCredentialChunkOverOneMebibyte() {
        byte[] huge = new byte[ONE_MIB + 1];
        Arrays.fill(huge, (byte) 'a');

        byte[] png = insertAfterIhdr(plainPng(32, 32), chunk("iTXt", iTxt(KEYWORD, 0, huge)));

        assertRefused(png, "The credential baked into the PNG file is larger than 1 MiB, which is not accepted.");
    }

    @Test
    void shouldRefuseChunkClaimingMoreBytesThanTheFileHolds() {
        byte[] baked = baking.bake(plainPng(32, 32), JWT);
        ByteBuffer.wrap(baked).putInt(AFTER_IHDR, Integer.MAX_VALUE);

        assertRefused(baked, "The PNG file is truncated: it ends before its last chunk.");
    }

    @Test
    void shouldRefuseImageOverFiveMebibytes() {
        byte[] png = Arrays.copyOf(plainPng(32, 32), 5 * ONE_MIB + 1);

        assertRefused(png, "The PNG file is larger than 5 MiB, which is not accepted.");
    }

    @Test
    void shouldRefuseCompressedCredentialThatInflatesBeyondLimit() {
        byte[] bomb = zlib(new byte[8 * ONE_MIB]);

        byte[] png = insertAfterIhdr(plainPng(32, 32), chunk("iTXt", iTxt(KEYWORD, 1, bomb)));

        assertTrue(bomb.length < 64 * 1024, "the bomb is small on disk");
        assertRefused(png, "The credential baked into the PNG file expands to more than 1 MiB, which is not accepted.");
    }

    @Test
    void shouldRefuseCompressedCredentialWithDamagedZlibData() {
        byte[] notZlib = "not zlib".getBytes(StandardCharsets.US_ASCII);

        byte[] png = insertAfterIhdr(plainPng(32, 32), chunk("iTXt", iTxt(KEYWORD, 1, notZlib)));

        assertRefused(png, "The credential baked into the PNG file is damaged: its compressed text cannot be read.");
    }

    @Test
    void shouldRefuseCompressedCredentialCutShort() {
        byte[] compressed = zlib(JWT.getBytes(StandardCharsets.UTF_8));
        byte[] cut = Arrays.copyOf(compressed, compressed.length / 2);

        byte[] png = insertAfterIhdr(plainPng(32, 32), chunk("iTXt", iTxt(KEYWORD, 1, cut)));

        assertRefused(png, "The Open Badges credential chunk in the PNG file is malformed.");
    }

    @Test
    void shouldRefuseCredentialThatIsNotUtf8() {
        byte[] latin1 = "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);

        byte[] png = insertAfterIhdr(plainPng(32, 32), chunk("iTXt", iTxt(KEYWORD, 0, latin1)));

        assertRefused(png, "The credential baked into the PNG file is not valid UTF-8 text.");
    }

    @Test
    void shouldRefuseCredentialChunkWithoutLanguageTagTerminator() {
        byte[] truncatedHeader = (KEYWORD + "\0\0\0en").getBytes(StandardCharsets.ISO_8859_1);

        byte[] png = insertAfterIhdr(plainPng(32, 32), chunk("iTXt", truncatedHeader));

        assertRefused(png, "The Open Badges credential chunk in the PNG file is malformed.");
    }

    @Test
    void shouldRefuseEmptyCredential() {
        byte[] png = insertAfterIhdr(plainPng(32, 32), chunk("iTXt", iTxt(KEYWORD, 0, "  ".getBytes(StandardCharsets.UTF_8))));

        assertRefused(png, "The Open Badges credential baked into the PNG file is empty.");
    }

    @Test
    void shouldRefuseFileWhoseFirstChunkIsNotIhdr() {
        byte[] png = plainPng(32, 32);
        byte[] noHeader = new byte[png.length - 25];
        System.arraycopy(png, 0, noHeader, 0, 8);
        System.arraycopy(png, AFTER_IHDR, noHeader, 8, png.length - AFTER_IHDR);

        assertRefused(noHeader, "The PNG file is damaged: it does not start with an image header.");
    }

    @Test
    void shouldRefuseBakingIntoFileThatIsNotPng() {
        BadgeImageException refused = assertThrows(BadgeImageException.class,
                () -> baking.bake("<svg/>".getBytes(StandardCharsets.UTF_8), JWT));

        assertEquals("The file is not a PNG image.", refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "with\0nul"})
    void shouldRejectUnusableCredentialWhenBaking(String credential) {
        assertThrows(IllegalArgumentException.class, () -> baking.bake(plainPng(32, 32), credential));
    }

    @Test
    void shouldOnlyEverAnswerWithCredentialOrBadgeImageExceptionForDamagedFiles() {
        byte[] plain = baking.bake(plainPng(32, 32), JWT);
        byte[] compressedJwt = zlib(JWT.getBytes(StandardCharsets.UTF_8));
        byte[] compressed = insertAfterIhdr(plainPng(32, 32), chunk("iTXt", iTxt(KEYWORD, 1, compressedJwt)));
        Random random = new Random(20261015L);

        for (int round = 0; round < 3000; round++) {
            byte[] base = round % 2 == 0 ? plain : compressed;
            byte[] damaged = switch (round % 3) {
                case 0 -> Arrays.copyOf(base, random.nextInt(base.length));
                case 1 -> flipBits(base, random);
                default -> scrambleCredentialChunk(base, random);
            };
            try {
                assertNotNull(baking.unbake(damaged));
            } catch (BadgeImageException expected) {
                assertTrue(expected.getMessage().endsWith("."), "a user-facing sentence: " + expected.getMessage());
            } catch (RuntimeException unexpected) {
                throw new AssertionError("round " + round + " threw " + unexpected, unexpected);
            }
        }
    }

    private void assertRefused(byte[] png, String sentence) {
        BadgeImageException refused = assertThrows(BadgeImageException.class, () -> baking.unbake(png));
        assertEquals(sentence, refused.getMessage());
    }

    private static List<IIOMetadataNode> credentialEntries(byte[] png) throws IOException {
        return textEntries(png, "iTXt").stream().filter(entry -> KEYWORD.equals(entry.getAttribute("keyword"))).toList();
    }

    private static byte[] flipBits(byte[] png, Random random) {
        byte[] damaged = png.clone();
        for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
            damaged[random.nextInt(damaged.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return damaged;
    }

    /** Overwrites bytes inside the credential chunk and fixes its CRC, so the damage reaches the iTXt parser. */
    private static byte[] scrambleCredentialChunk(byte[] png, Random random) {
        byte[] damaged = png.clone();
        int length = ByteBuffer.wrap(damaged).getInt(AFTER_IHDR);
        int dataStart = AFTER_IHDR + 8;
        for (int writes = 1 + random.nextInt(6); writes > 0; writes--) {
            damaged[dataStart + random.nextInt(length)] = (byte) random.nextInt(256);
        }
        CRC32 crc = new CRC32();
        crc.update(damaged, AFTER_IHDR + 4, 4 + length);
        ByteBuffer.wrap(damaged).putInt(dataStart + length, (int) crc.getValue());
        return damaged;
    }
}
