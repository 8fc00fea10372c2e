package io.certbadge.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Files under src/test/resources/fixtures/; the baked ones are the 1EdTech validator's OB 3.0 examples. */
final class Fixtures {

    private Fixtures() {
    }

    static byte[] baked(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/baked/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
