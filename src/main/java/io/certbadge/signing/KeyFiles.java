package io.certbadge.signing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a configured PEM key file, and recognises the published example keys of keys-example/
 * (which production refuses) by their EXAMPLE KEY line or their folder.
 */
public final class KeyFiles {

    /** The first line of every key in keys-example/; such a key is refused in production. */
    static final String EXAMPLE_MARKER = "EXAMPLE KEY";

    /** The file's text, and whether it is one of the published example keys. */
    record Pem(String text, boolean example) {
    }

    private KeyFiles() {
    }

    static Pem read(Path file, String what, String property) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidSigningKeyException("cannot read the " + what + " file " + file.toAbsolutePath()
                    + " (" + property + "): " + e.getMessage());
        }
        return new Pem(text, isExample(file, text));
    }

    /** Whether a key file's text is one of the published example keys: its marker line or its folder. */
    public static boolean isExample(Path file, String text) {
        return text.contains(EXAMPLE_MARKER) || insideExampleFolder(file);
    }

    private static boolean insideExampleFolder(Path file) {
        for (Path part : file.toAbsolutePath().normalize()) {
            if (part.toString().equals("keys-example")) {
                return true;
            }
        }
        return false;
    }
}
