package io.certbadge.bench;

import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Runs the JMH benchmarks with JMH's own command line (e.g. {@code -f 3 -wi 5 -i 10 Signing}), writes
 * JMH's raw JSON to src/bench-results/jmh.json and a table to RESULTS.md. Each run-time option not given
 * takes the short default below, so a full run takes minutes rather than JMH's default hours.
 */
public final class JmhRun {

    private static final Map<String, String> SHORT_DEFAULTS = new LinkedHashMap<>();

    static {
        SHORT_DEFAULTS.put("-f", "1");
        SHORT_DEFAULTS.put("-wi", "2");
        SHORT_DEFAULTS.put("-i", "3");
        SHORT_DEFAULTS.put("-w", "1s");
        SHORT_DEFAULTS.put("-r", "2s");
    }

    private JmhRun() {
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        List<String> all = new ArrayList<>(List.of(args));
        SHORT_DEFAULTS.forEach((option, value) -> {
            if (!all.contains(option)) {
                all.addAll(0, List.of(option, value));
            }
        });
        if (!all.contains("-rf") && !all.contains("-rff")) {
            all.addAll(0, List.of("-rf", "json", "-rff", ResultsFile.DIR.resolve("jmh.json").toString()));
        }
        try {
            Files.createDirectories(ResultsFile.DIR);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CommandLineOptions options = new CommandLineOptions(all.toArray(String[]::new));
        Collection<RunResult> results = new Runner(options).run();
        if (results.isEmpty()) {
            throw new IllegalStateException("no benchmark ran; check the include pattern");
        }
        ResultsFile.replaceSection("jmh", section(results, String.join(" ", args)));
        System.out.println("Figures written to " + ResultsFile.FILE + " and " + ResultsFile.DIR.resolve("jmh.json"));
    }

    private static String section(Collection<RunResult> results, String args) {
        BenchmarkParams first = results.iterator().next().getParams();
        String settings = String.format(Locale.ROOT, "JMH %s, %d fork(s), %d warm-up iteration(s) of %s, "
                        + "%d measured iteration(s) of %s, %d thread(s); command-line arguments `%s`; JVM options %s",
                first.getJmhVersion(), first.getForks(), first.getWarmup().getCount(), first.getWarmup().getTime(),
                first.getMeasurement().getCount(), first.getMeasurement().getTime(), first.getThreads(),
                args.isBlank() ? "(none: the short defaults)" : args,
                first.getJvmArgs().isEmpty() ? "(none)" : first.getJvmArgs());
        StringBuilder out = new StringBuilder("## JMH microbenchmarks\n\n")
                .append(ResultsFile.environment(settings))
                .append("\nAverage time per operation, one thread; ± is JMH's 99.9% confidence interval "
                        + "(wide with few iterations). Raw figures: `jmh.json`.\n\n")
                .append("| benchmark | parameters | time per op | ops/s (1 thread) |\n| --- | --- | ---: | ---: |\n");
        results.stream()
                .sorted(Comparator.comparing((RunResult r) -> r.getParams().getBenchmark())
                        .thenComparing(r -> parameters(r.getParams())))
                .forEach(r -> out.append(row(r)));
        return out.toString();
    }

    private static String row(RunResult run) {
        BenchmarkParams params = run.getParams();
        Result<?> result = run.getPrimaryResult();
        String name = params.getBenchmark().replace("io.certbadge.bench.", "");
        // -bm thrpt reports operations per time unit; the table always shows time per operation
        boolean throughput = params.getMode() == Mode.Throughput;
        double micros = throughput ? microsPer(params.getTimeUnit()) / result.getScore()
                : result.getScore() * microsPer(params.getTimeUnit());
        String error = throughput || Double.isNaN(result.getScoreError()) ? "" : String.format(Locale.ROOT, " ± %s",
                format(result.getScoreError() * microsPer(params.getTimeUnit())));
        return String.format(Locale.ROOT, "| %s | %s | %s µs%s | %,.0f |%n", name, parameters(params),
                format(micros), error, 1_000_000 / micros);
    }

    private static String parameters(BenchmarkParams params) {
        return params.getParamsKeys().stream().map(k -> k + "=" + params.getParam(k)).collect(Collectors.joining(", "));
    }

    private static double microsPer(TimeUnit unit) {
        return unit.toNanos(1) / 1000.0;
    }

    private static String format(double micros) {
        return micros >= 100 ? String.format(Locale.ROOT, "%,.0f", micros) : String.format(Locale.ROOT, "%.2f", micros);
    }
}
