package io.certbadge.transparency;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.spec.EdECPublicKeySpec;
import java.security.spec.NamedParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * C2SP signed-note, checked against the published examples: the PeterNeumann key of the Go
 * {@code golang.org/x/mod/sumdb/note} package documentation and the example.com/foo key of the
 * C2SP spec. Key ids and signatures are recomputed here with the JDK, apart from the production code.
 */
class SignedNoteTest {

    // From the package documentation of golang.org/x/mod/sumdb/note ("Example").
    private static final String GO_SIGNER_KEY = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
    private static final String GO_VERIFIER_KEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
    private static final String GO_TEXT = "If you think cryptography is the answer to your problem,\n"
            + "then you don't know what your problem is.\n";
    private static final String GO_NOTE = GO_TEXT + "\n"
            + "\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";

    // From c2sp.org/signed-note, "Verifier keys", "Example".
    private static final String C2SP_VERIFIER_KEY = "example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k";
    private static final String C2SP_NOTE = "This is an example message.\n\n\u2014 example.com/foo "
            + "Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=\n";

    @Test
    void shouldSignTheGoDocumentationNoteByteForByte() {
        NoteSigner signer = NoteSigner.fromSeed("PeterNeumann", goSeed());
        assertEquals(GO_VERIFIER_KEY, signer.verifierKey().encoded(), "the public key derived from the seed, as a vkey");
        assertEquals(GO_NOTE, SignedNote.sign(GO_TEXT, signer), "Ed25519 is deterministic: the same note, byte for byte");
    }

    @Test
    void shouldDeriveTheKeyIdAsSha256OfNameNewlineTypeAndKey() throws Exception {
        byte[] typed = Base64.getDecoder().decode("ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW");
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update("PeterNeumann\n".getBytes(StandardCharsets.UTF_8));
        byte[] hash = sha256.digest(typed); // typed = 0x01 ‖ public key
        assertEquals("c74f20a3", HexFormat.of().formatHex(Arrays.copyOf(hash, 4)));
        assertEquals(0xc74f20a3, NoteVerifierKey.keyId("PeterNeumann", Arrays.copyOfRange(typed, 1, 33)));
        assertEquals(0x530d903a, NoteVerifierKey.parse(C2SP_VERIFIER_KEY).keyId());
    }

    @Test
    void shouldOpenThePublishedNotes() {
        assertEquals(GO_TEXT, SignedNote.open(GO_NOTE, NoteVerifierKey.parse(GO_VERIFIER_KEY)));
        assertEquals("This is an example message.\n", SignedNote.open(C2SP_NOTE, NoteVerifierKey.parse(C2SP_VERIFIER_KEY)));
    }

    @Test
    void shouldProduceSignaturesTheJdkVerifiesOnItsOwn() throws Exception {
        NoteSigner signer = NoteSigner.fromSeed("badges.example.com/log", new byte[32]);
        String note = SignedNote.sign("badges.example.com/log\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n", signer);
        String line = note.substring(note.lastIndexOf('\u2014'));
        byte[] decoded = Base64.getDecoder().decode(line.substring(line.lastIndexOf(' ') + 1).strip());
        Signature jdk = Signature.getInstance("Ed25519");
        jdk.initVerify(KeyFactory.getInstance("Ed25519").generatePublic(new EdECPublicKeySpec(NamedParameterSpec.ED25519,
                IndependentNotes.point(signer.verifierKey().publicKey()))));
        jdk.update(note.substring(0, note.lastIndexOf("\n\n") + 1).getBytes(StandardCharsets.UTF_8));
        assertTrue(jdk.verify(Arrays.copyOfRange(decoded, 4, decoded.length)));
        assertEquals(signer.verifierKey().keyId(), java.nio.ByteBuffer.wrap(decoded).getInt());
    }

    @Test
    void shouldRejectAChangedTextOrAMissingSignatureAndIgnoreUnknownKeys() {
        NoteVerifierKey go = NoteVerifierKey.parse(GO_VERIFIER_KEY);
        assertThrows(SignedNote.NoteException.class, () -> SignedNote.open(GO_NOTE.replace("answer", "Answer"), go));
        assertThrows(SignedNote.NoteException.class, () -> SignedNote.open(C2SP_NOTE, go), "no signature by this key");
        String twice = GO_NOTE + C2SP_NOTE.substring(C2SP_NOTE.indexOf('\u2014'));
        assertEquals(GO_TEXT, SignedNote.open(twice, go), "a signature by an unknown key is ignored");
        NoteVerifierKey sameNameOtherKey = NoteVerifierKey.of("PeterNeumann", new byte[32]);
        assertThrows(SignedNote.NoteException.class, () -> SignedNote.open(GO_NOTE, sameNameOtherKey));
        assertThrows(SignedNote.NoteException.class, () -> SignedNote.open(GO_TEXT, go), "no blank line, no signature");
    }

    @Test
    void shouldReadBackVerifierKeysWhoseBase64HoldsAPlus() {
        int withPlus = 0;
        for (byte seed = 0; seed < 40; seed++) {
            byte[] key = new byte[32];
            Arrays.fill(key, seed);
            NoteVerifierKey vkey = NoteSigner.fromSeed("127.0.0.1:8080/log", key).verifierKey();
            assertEquals(vkey, NoteVerifierKey.parse(vkey.encoded()), vkey.encoded());
            withPlus += vkey.encoded().split("\\+").length > 3 ? 1 : 0;
        }
        assertTrue(withPlus > 0, "some of the 40 keys have a '+' in their base64");
    }

    @Test
    void shouldRefuseAVerifierKeyWhoseIdDoesNotMatch() {
        assertThrows(IllegalArgumentException.class,
                () -> NoteVerifierKey.parse(GO_VERIFIER_KEY.replace("c74f20a3", "c74f20a4")));
        assertThrows(IllegalArgumentException.class, () -> NoteVerifierKey.of("with space", new byte[32]));
        assertThrows(IllegalArgumentException.class, () -> NoteVerifierKey.of("a+b", new byte[32]));
    }

    @Test
    void shouldWriteAndReadTheCheckpointBodyWithOurOrigin() {
        assertEquals("127.0.0.1:8080/log", Checkpoint.originOf("http://127.0.0.1:8080"));
        assertEquals("badges.example.com/certbadge/log", Checkpoint.originOf("https://badges.example.com/certbadge/"));
        Checkpoint checkpoint = new Checkpoint("badges.example.com/log", 20_852_163, new byte[32]);
        assertEquals("badges.example.com/log\n20852163\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n", checkpoint.text());
        assertEquals(checkpoint, Checkpoint.parse(checkpoint.text()));
        assertThrows(IllegalArgumentException.class, () -> Checkpoint.parse("o\n012\nAAAA\n"), "no leading zeroes");
        assertThrows(IllegalArgumentException.class, () -> Checkpoint.parse("o\n12\n"), "three lines at least");
    }

    /** The seed is the 32 bytes after the type byte 0x01 of the last field of a Go signer key. */
    private static byte[] goSeed() {
        String[] parts = GO_SIGNER_KEY.split("\\+", 5); // the base64 key data may itself hold '+' 
        byte[] typed = Base64.getDecoder().decode(parts[4]);
        assertEquals(1, typed[0], "algorithm 1 = Ed25519");
        return Arrays.copyOfRange(typed, 1, typed.length);
    }
}
