package io.certbadge.transparency;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * What the auditor remembers between runs, in a small properties file: the log's note key (trusted
 * on first use) and the last checkpoint it verified, which every later one must extend.
 */
record AuditState(String verifierKey, String checkpointNote) {

    static Optional<AuditState> read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        String key = properties.getProperty("key");
        String note = properties.getProperty("checkpoint");
        if (key == null || note == null) {
            throw new IOException(file + " is not an auditor state file (it needs 'key' and 'checkpoint')");
        }
        return Optional.of(new AuditState(key, note));
    }

    /** Written to a temporary file first and moved into place, so a crash never leaves half a state. */
    void write(Path file) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("key", verifierKey);
        properties.setProperty("checkpoint", checkpointNote);
        Path absolute = file.toAbsolutePath();
        Path temporary = Files.createTempFile(absolute.getParent(), ".audit-state", ".tmp");
        try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            properties.store(out, "certbadge issuance log auditor: the last verified checkpoint");
        }
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
