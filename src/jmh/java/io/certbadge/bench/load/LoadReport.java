package io.certbadge.bench.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.certbadge.bench.ResultsFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Turns the rounds src/bench/run-load.sh measured into the ratios the performance issue asks for:
 * per phase, the service's rounds and its ceiling's rounds (measured alternately in the same run)
 * are merged, and the service's rate is divided by the ceiling's. Prints the table and writes it to
 * RESULTS.md (section {@code load-<db>-<credentials>}) and {@code load-<db>-<credentials>.json}.
 * <pre>LoadReport RUN_DIR SECTION SETTINGS</pre>
 * RUN_DIR holds {@code phases.tsv} (key, request, ceiling, target ratio or -, target p99 ms or -,
 * skip reason or -, operations per request) and, per phase key, {@code KEY/service-N.txt} and {@code KEY/ceiling-N.txt}.
 */
public final class LoadReport {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Phase(String key, String request, String ceiling, Double targetRatio, Double targetP99, String skipped,
                 int perRequest, RunFigures service, RunFigures limit, int rounds) {

        /** Operations per second: requests, or records where one request carries many (a batch). */
        double rate() {
            return service.throughput() * perRequest;
        }

        double ratio() {
            return limit.throughput() == 0 ? Double.NaN : rate() / limit.throughput();
        }

        String verdict() {
            if (targetRatio == null) {
                return "";
            }
            boolean ratioMet = ratio() >= targetRatio;
            boolean p99Met = targetP99 == null || service.percentileMillis(99) <= targetP99;
            return ratioMet && p99Met ? "met" : "not met";
        }
    }

    private LoadReport() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: LoadReport RUN_DIR SECTION SETTINGS");
        }
        Path dir = Path.of(args[0]);
        List<Phase> phases = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("phases.tsv"))) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            Path runs = dir.resolve(f[0]);
            phases.add(new Phase(f[0], f[1], f[2], number(f[3]), number(f[4]), "-".equals(f[5]) ? null : f[5],
                    Integer.parseInt(f[6]), merged(runs, "service"), merged(runs, "ceiling"), rounds(runs)));
        }
        String table = table(phases);
        System.out.println(table);
        String section = args[1];
        ResultsFile.replaceSection(section, "## Load test, " + section.substring("load-".length()) + "\n\n"
                + ResultsFile.environment(args[2]) + "\n" + EXPLANATION + "\n" + table);
        Path json = ResultsFile.DIR.resolve(section + ".json");
        writeJson(args[2], phases, json);
        System.out.println("Figures written to " + ResultsFile.FILE + " and " + json);
        if (phases.stream().anyMatch(p -> p.skipped() == null && p.service().errors() > 0)) {
            System.err.println("The service answered some requests with errors (see the errors column).");
            System.exit(1);
        }
    }

    private static final String EXPLANATION = """
            Each phase ran the service and its ceiling alternately (service, ceiling, service, ceiling, …),
            with the same load generator, on the same machine, so the ratio holds even when absolute
            figures do not. Latency: wrk's client-side figures (with its correction for requests it
            could not send while waiting), the ceiling's per operation. A batch phase counts records, not
            requests; its ceiling is the issue phase of the same run (single issue calls), so its ratio
            is records/s in batches over issue calls/s. Raw figures: the JSON beside this file.
            """;

    private static String table(List<Phase> phases) {
        StringBuilder out = new StringBuilder("| phase | request | service ops/s | p50 ms | p99 ms | errors "
                + "| ceiling | ceiling ops/s | p50 ms | p99 ms | ratio | target |\n"
                + "| --- | --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | --- |\n");
        for (Phase p : phases) {
            if (p.skipped() != null) {
                out.append(String.format(Locale.ROOT, "| %s | `%s` | skipped: %s | | | | | | | | | |%n",
                        p.key(), p.request(), p.skipped()));
                continue;
            }
            String target = p.targetRatio() == null ? "" : String.format(Locale.ROOT, "≥ %.2f%s: %s", p.targetRatio(),
                    p.targetP99() == null ? "" : String.format(Locale.ROOT, ", p99 ≤ %.0f ms", p.targetP99()), p.verdict());
            out.append(String.format(Locale.ROOT, "| %s | `%s` | %,.0f | %.1f | %.1f | %d | %s | %,.0f | %.1f | %.1f | %.3f | %s |%n",
                    p.key(), p.request(), p.rate(), p.service().percentileMillis(50),
                    p.service().percentileMillis(99), p.service().errors(), p.ceiling(), p.limit().throughput(),
                    p.limit().percentileMillis(50), p.limit().percentileMillis(99), p.ratio(), target));
        }
        return out.toString();
    }

    private static RunFigures merged(Path runs, String target) throws IOException {
        List<RunFigures> rounds = new ArrayList<>();
        if (Files.isDirectory(runs)) {
            try (Stream<Path> files = Files.list(runs)) {
                for (Path f : files.filter(f -> f.getFileName().toString().startsWith(target + "-")).sorted().toList()) {
                    rounds.add(RunFigures.read(f));
                }
            }
        }
        return RunFigures.merge(rounds);
    }

    private static int rounds(Path runs) throws IOException {
        if (!Files.isDirectory(runs)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(runs)) {
            return (int) files.filter(f -> f.getFileName().toString().startsWith("service-")).count();
        }
    }

    private static Double number(String field) {
        return field.isBlank() || "-".equals(field) ? null : Double.valueOf(field);
    }

    private static void writeJson(String settings, List<Phase> phases, Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("settings", settings);
        ArrayNode list = root.putArray("phases");
        for (Phase p : phases) {
            ObjectNode phase = list.addObject();
            phase.put("phase", p.key());
            phase.put("request", p.request());
            if (p.skipped() != null) {
                phase.put("skipped", p.skipped());
                continue;
            }
            phase.put("rounds", p.rounds());
            phase.put("operationsPerRequest", p.perRequest());
            figures(phase.putObject("service"), p.service());
            phase.put("ceiling", p.ceiling());
            figures(phase.putObject("ceilingFigures"), p.limit());
            phase.put("ratio", p.ratio());
            if (p.targetRatio() != null) {
                phase.put("targetRatio", p.targetRatio());
            }
            if (p.targetP99() != null) {
                phase.put("targetP99Millis", p.targetP99());
            }
        }
        Files.createDirectories(file.getParent());
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
    }

    private static void figures(ObjectNode node, RunFigures f) {
        node.put("requests", f.requests());
        node.put("seconds", f.seconds());
        node.put("errors", f.errors());
        node.put("perSecond", f.throughput());
        node.put("p50Millis", f.percentileMillis(50));
        node.put("p90Millis", f.percentileMillis(90));
        node.put("p99Millis", f.percentileMillis(99));
    }
}
