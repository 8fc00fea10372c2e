package io.certbadge.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of one measured round, as the wrk script's {@code done()} and {@link Ceiling} both
 * write them: requests, seconds, errors, bytes and the latency histogram (µs → count). Rounds of
 * one kind are merged by adding requests, seconds and histograms, so percentiles stay exact.
 */
record RunFigures(long requests, double seconds, long errors, long bytes, TreeMap<Long, Long> latencyMicros) {

    static RunFigures read(Path file) throws IOException {
        long requests = 0;
        long errors = 0;
        long bytes = 0;
        double seconds = 0;
        TreeMap<Long, Long> histogram = new TreeMap<>();
        for (String line : Files.readAllLines(file)) {
            String[] parts = line.strip().split(" ");
            switch (parts[0]) {
                case "requests" -> requests = Long.parseLong(parts[1]);
                case "seconds" -> seconds = Double.parseDouble(parts[1]);
                case "errors" -> errors = Long.parseLong(parts[1]);
                case "bytes" -> bytes = Long.parseLong(parts[1]);
                case "latency_us" -> {
                    for (int i = 1; i < parts.length; i++) {
                        String[] pair = parts[i].split(":");
                        histogram.merge(Long.parseLong(pair[0]), Long.parseLong(pair[1]), Long::sum);
                    }
                }
                default -> {
                    // blank or unknown lines: ignored, so the format can grow
                }
            }
        }
        return new RunFigures(requests, seconds, errors, bytes, histogram);
    }

    void write(Path file) throws IOException {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "requests %d%nseconds %.6f%nerrors %d%nbytes %d%nlatency_us", requests, seconds, errors, bytes));
        latencyMicros.forEach((value, count) -> out.append(' ').append(value).append(':').append(count));
        Files.writeString(file, out.append('\n').toString());
    }

    static RunFigures merge(List<RunFigures> rounds) {
        TreeMap<Long, Long> histogram = new TreeMap<>();
        rounds.forEach(r -> r.latencyMicros().forEach((v, c) -> histogram.merge(v, c, Long::sum)));
        return new RunFigures(rounds.stream().mapToLong(RunFigures::requests).sum(),
                rounds.stream().mapToDouble(RunFigures::seconds).sum(),
                rounds.stream().mapToLong(RunFigures::errors).sum(),
                rounds.stream().mapToLong(RunFigures::bytes).sum(), histogram);
    }

    double throughput() {
        return seconds == 0 ? 0 : requests / seconds;
    }

    /** The latency at percentile {@code p} in milliseconds (nearest rank), NaN without samples. */
    double percentileMillis(double p) {
        long total = latencyMicros.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return Double.NaN;
        }
        long rank = Math.max(1, (long) Math.ceil(p / 100 * total));
        long seen = 0;
        for (Map.Entry<Long, Long> e : latencyMicros.entrySet()) {
            seen += e.getValue();
            if (seen >= rank) {
                return e.getKey() / 1000.0;
            }
        }
        return latencyMicros.lastKey() / 1000.0;
    }
}
