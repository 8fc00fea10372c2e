package io.certbadge.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * src/bench-results/RESULTS.md: one section per tool, replaced by each run (earlier runs are in git
 * history), each starting with the machine it ran on, because figures mean nothing without it.
 */
public final class ResultsFile {

    public static final Path DIR = Path.of("src/bench-results");
    public static final Path FILE = DIR.resolve("RESULTS.md");

    private static final String HEADER = """
            # certbadge performance figures

            Written by the benchmark tools (README "Performance"); each run replaces its own section.
            Compare figures only between runs on the same machine with the same settings.

            """;

    private ResultsFile() {
    }

    public static void replaceSection(String name, String body) {
        String begin = "<!-- BEGIN " + name + " -->\n";
        String end = "<!-- END " + name + " -->\n";
        try {
            Files.createDirectories(DIR);
            String text = Files.exists(FILE) ? Files.readString(FILE, StandardCharsets.UTF_8) : HEADER;
            int from = text.indexOf(begin);
            int to = text.indexOf(end);
            String section = begin + body.strip() + "\n" + end;
            text = from >= 0 && to > from
                    ? text.substring(0, from) + section + text.substring(to + end.length())
                    : text + (text.endsWith("\n\n") ? "" : "\n") + section;
            Files.writeString(FILE, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines every section starts with: when, where and on what the figures were taken. */
    public static String environment(String settings) {
        String loadAtStart = System.getenv().getOrDefault("BENCH_LOADAVG_AT_START", loadAverage() + " (when the tool started)");
        String note = System.getenv().getOrDefault("BENCH_NOTE", "");
        return String.format(Locale.ROOT, """
                - finished: %s
                - commit: %s
                - machine: %d cores (nproc), %s %s; load average at start: %s; at end: %s
                - JDK: %s %s (%s)
                - settings: %s
                %s""",
                Instant.now().truncatedTo(ChronoUnit.SECONDS),
                System.getenv().getOrDefault("BENCH_GIT_COMMIT", "unknown"),
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("os.arch"),
                loadAtStart, loadAverage(),
                System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"), System.getProperty("java.vendor"),
                settings,
                note.isBlank() ? "" : "- note: " + note + "\n");
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).strip().split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }
}
