package io.certbadge.signing;

import java.nio.file.Path;

/** Recognises the published example keys of keys-example/, which production refuses. */
public final class ExampleKeys {

    private ExampleKeys() {
    }

    /** A key is an example if its file carries the EXAMPLE KEY line or lies in a keys-example folder. */
    public static boolean isExample(Path file, String pem) {
        if (pem.contains(PemKeyLoader.EXAMPLE_MARKER)) {
            return true;
        }
        for (Path part : file.toAbsolutePath().normalize()) {
            if (part.toString().equals("keys-example")) {
                return true;
            }
        }
        return false;
    }
}
