package io.certbadge.transparency;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * C2SP signed-note: the text (ending in a newline), a blank line, then one line per signature,
 * {@code — <key name> base64(key id ‖ signature)}. Signatures by keys we do not know are ignored,
 * as the spec requires; one good signature by the expected key is needed.
 */
public final class SignedNote {

    private static final String SIGNATURE_START = "\u2014 ";
    private static final int MAX_SIGNATURES = 100;

    private SignedNote() {
    }

    /** The signed note: {@code text} (which must end in a newline) with the signer's line. */
    public static String sign(String text, NoteSigner signer) {
        requireWellFormedText(text);
        byte[] signature = signer.sign(text.getBytes(StandardCharsets.UTF_8));
        byte[] line = ByteBuffer.allocate(4 + signature.length).putInt(signer.verifierKey().keyId()).put(signature).array();
        return text + "\n" + SIGNATURE_START + signer.verifierKey().name() + " "
                + Base64.getEncoder().encodeToString(line) + "\n";
    }

    /** The note's text, once a signature by {@code key} verifies; otherwise a {@link NoteException} says why. */
    public static String open(String note, NoteVerifierKey key) {
        if (note.chars().anyMatch(c -> c < 0x20 && c != '\n')) {
            throw new NoteException("a signed note holds no control characters but newlines");
        }
        if (!note.endsWith("\n")) {
            throw new NoteException("a signed note ends in a newline");
        }
        int split = note.lastIndexOf("\n\n");
        if (split < 0) {
            throw new NoteException("a signed note has a blank line between its text and its signatures");
        }
        String text = note.substring(0, split + 1);
        String[] lines = note.substring(split + 2, note.length() - 1).split("\n", -1);
        if (lines.length > MAX_SIGNATURES) {
            throw new NoteException("too many signatures on this note");
        }
        boolean verified = false;
        for (String line : lines) {
            verified |= verifyLine(line, text, key);
        }
        if (!verified) {
            throw new NoteException("the note carries no signature by " + key.name() + "+" + key.keyIdHex());
        }
        return text;
    }

    private static boolean verifyLine(String line, String text, NoteVerifierKey key) {
        if (!line.startsWith(SIGNATURE_START)) {
            throw new NoteException("a signature line starts with an em dash and a space");
        }
        String[] parts = line.substring(SIGNATURE_START.length()).split(" ", -1);
        if (parts.length != 2 || !NoteVerifierKey.validName(parts[0])) {
            throw new NoteException("a signature line is '— <key name> <base64 signature>'");
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(parts[1]);
        } catch (IllegalArgumentException e) {
            throw new NoteException("a signature is base64");
        }
        if (decoded.length < 5) {
            throw new NoteException("a signature is a 4-byte key id and the signature bytes");
        }
        int keyId = ByteBuffer.wrap(decoded).getInt();
        if (!parts[0].equals(key.name()) || keyId != key.keyId()) {
            return false;
        }
        if (!key.verifies(text.getBytes(StandardCharsets.UTF_8), Arrays.copyOfRange(decoded, 4, decoded.length))) {
            throw new NoteException("the signature by " + key.name() + " does not verify: the note was changed"
                    + " or not signed by this key");
        }
        return true;
    }

    private static void requireWellFormedText(String text) {
        if (text.isEmpty() || !text.endsWith("\n") || text.chars().anyMatch(c -> c < 0x20 && c != '\n')) {
            throw new IllegalArgumentException("note text ends in a newline and holds no other control characters");
        }
    }

    /** A note that cannot be trusted, with the reason. */
    public static class NoteException extends RuntimeException {
        public NoteException(String message) {
            super(message);
        }
    }
}
