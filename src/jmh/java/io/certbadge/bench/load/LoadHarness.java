package io.certbadge.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.certbadge.bench.ResultsFile;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drives a running certbadge over HTTP with N concurrent clients (a fixed thread pool, each sending
 * one request at a time) through four phases: issue credentials, verify them, fetch their VC-JWTs,
 * fetch their status list. Each phase first runs a warm-up that is not counted. Prints the figures
 * and writes them to src/bench-results/RESULTS.md ("Load test, h2") and load-h2.json (likewise postgresql).
 * Started by src/bench/run-load.sh, which also starts and stops the service.
 */
public final class LoadHarness {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final int ERRORS_SHOWN = 5;

    private final Settings settings;
    private final HttpClient http;
    private final ObjectNode recordTemplate;
    private final String runId = Long.toString(System.currentTimeMillis(), 36);
    private final AtomicLong recordSequence = new AtomicLong();
    private final ConcurrentLinkedQueue<Issued> issued = new ConcurrentLinkedQueue<>();
    private volatile Issued[] issuedSnapshot;

    record Settings(URI base, int clients, Duration duration, Duration warmup, long requests, String apiKey,
                    String database, Path record) {

        static Settings parse(String[] args) {
            Map<String, String> given = new HashMap<>();
            for (int i = 0; i < args.length; i++) {
                if (!args[i].startsWith("--") || i + 1 >= args.length) {
                    throw new IllegalArgumentException("expected --name value pairs, got " + Arrays.toString(args));
                }
                given.put(args[i].substring(2), args[++i]);
            }
            Settings settings = new Settings(
                    URI.create(given.getOrDefault("base", "http://localhost:8098")),
                    Integer.parseInt(given.getOrDefault("clients", "8")),
                    seconds(given.getOrDefault("duration", "20s")),
                    seconds(given.getOrDefault("warmup", "5s")),
                    Long.parseLong(given.getOrDefault("requests", "0")),
                    given.getOrDefault("key", "certbadge-dev-key-0000-do-not-use-in-production"),
                    given.getOrDefault("db", "unknown"),
                    Path.of(given.getOrDefault("record", "examples/certification-record.json")));
            List.of("base", "clients", "duration", "warmup", "requests", "key", "db", "record").forEach(given::remove);
            if (!given.isEmpty()) {
                throw new IllegalArgumentException("unknown options " + given.keySet());
            }
            return settings;
        }

        private static Duration seconds(String value) {
            return Duration.ofSeconds(Long.parseLong(value.endsWith("s") ? value.substring(0, value.length() - 1) : value));
        }

        String describe() {
            String length = requests > 0 ? requests + " requests per phase" : duration.toSeconds() + " s per phase";
            return String.format(Locale.ROOT, "%d concurrent clients (fixed thread pool, java.net.http, HTTP/1.1 keep-alive), "
                    + "%s after a %d s uncounted warm-up; database %s; service: %s; service and harness on the same machine",
                    clients, length, warmup.toSeconds(), database, System.getenv().getOrDefault("BENCH_SERVICE", base.toString()));
        }
    }

    /** One credential issued by the harness: what the read phases fetch. */
    record Issued(String id, String listId) {
    }

    /** One request of a phase; returns null when the answer is right, otherwise what was wrong. */
    interface Call {
        String send() throws IOException, InterruptedException;
    }

    record Stats(String phase, String request, long requests, long errors, double seconds, long[] sortedNanos,
                 List<String> firstErrors) {

        double throughput() {
            return requests / seconds;
        }

        double percentileMillis(double p) {
            if (sortedNanos.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(p / 100 * sortedNanos.length);
            return sortedNanos[Math.max(0, rank - 1)] / 1e6;
        }

        double maxMillis() {
            return sortedNanos.length == 0 ? Double.NaN : sortedNanos[sortedNanos.length - 1] / 1e6;
        }
    }

    private LoadHarness(Settings settings) throws IOException {
        this.settings = settings;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        this.recordTemplate = (ObjectNode) JSON.readTree(Files.readString(settings.record()));
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.parse(args);
        List<Stats> results = new LoadHarness(settings).run();
        // one section and one JSON per database, so H2 and PostgreSQL figures stand side by side
        ResultsFile.replaceSection("load-" + settings.database(), section(settings, results));
        Path json = ResultsFile.DIR.resolve("load-" + settings.database() + ".json");
        writeJson(settings, results, json);
        System.out.println("Figures written to " + ResultsFile.FILE + " and " + json);
        if (results.stream().anyMatch(s -> s.errors() > 0)) {
            System.exit(1);
        }
    }

    private List<Stats> run() throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(settings.clients());
        try {
            List<Stats> results = new ArrayList<>();
            results.add(phase(pool, "1 issue", "POST /api/v1/credentials", this::issue));
            if (issued.isEmpty()) {
                throw new IllegalStateException("no credential was issued; the read phases have nothing to read");
            }
            issuedSnapshot = issued.toArray(Issued[]::new);
            results.add(phase(pool, "2 verify", "GET /verify/{id} (JSON)", this::verify));
            results.add(phase(pool, "3 read", "GET /credentials/{id}/jwt", this::jwt));
            results.add(phase(pool, "3 read", "GET /status/{listId}", this::statusList));
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private Stats phase(ExecutorService pool, String phase, String request, Call call) throws InterruptedException {
        System.out.printf(Locale.ROOT, "%s: %s, warm-up %d s ...%n", phase, request, settings.warmup().toSeconds());
        measure(pool, phase, request, call, settings.warmup(), 0);
        System.out.printf(Locale.ROOT, "%s: %s, measuring ...%n", phase, request);
        Stats stats = measure(pool, phase, request, call, settings.duration(), settings.requests());
        print(stats);
        return stats;
    }

    /** Runs {@code call} from every client until the duration is over or {@code count} requests were sent. */
    private Stats measure(ExecutorService pool, String phase, String request, Call call, Duration duration, long count)
            throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        AtomicLong sent = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        ConcurrentLinkedQueue<String> errorTexts = new ConcurrentLinkedQueue<>();
        List<Future<long[]>> clients = new ArrayList<>();
        for (int c = 0; c < settings.clients(); c++) {
            clients.add(pool.submit(() -> {
                long[] latencies = new long[1024];
                int n = 0;
                while (count > 0 ? sent.getAndIncrement() < count : System.nanoTime() < deadline) {
                    long before = System.nanoTime();
                    String error;
                    try {
                        error = call.send();
                    } catch (IOException e) {
                        error = e.toString();
                    }
                    long took = System.nanoTime() - before;
                    if (n == latencies.length) {
                        latencies = Arrays.copyOf(latencies, n * 2);
                    }
                    latencies[n++] = took;
                    if (error != null) {
                        errors.incrementAndGet();
                        if (errorTexts.size() < ERRORS_SHOWN) {
                            errorTexts.add(error);
                        }
                    }
                }
                return Arrays.copyOf(latencies, n);
            }));
        }
        List<long[]> perClient = new ArrayList<>();
        for (Future<long[]> client : clients) {
            try {
                perClient.add(client.get());
            } catch (ExecutionException e) {
                throw new IllegalStateException("a client failed", e.getCause());
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] all = perClient.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Stats(phase, request, all.length, errors.get(), seconds, all, List.copyOf(errorTexts));
    }

    private String issue() throws IOException, InterruptedException {
        ObjectNode record = recordTemplate.deepCopy();
        record.put("recordId", "LOAD-" + runId + "-" + recordSequence.incrementAndGet());
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(settings.base().resolve("/api/v1/credentials"))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + settings.apiKey())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(record)))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            return "issue: HTTP " + response.statusCode() + " " + abbreviate(response.body());
        }
        JsonNode body = JSON.readTree(response.body());
        String listUrl = body.path("credential").path("credentialStatus").path("statusListCredential").asText();
        issued.add(new Issued(body.path("id").asText(), listUrl.substring(listUrl.lastIndexOf('/') + 1)));
        return null;
    }

    private String verify() throws IOException, InterruptedException {
        HttpResponse<String> response = get("/verify/" + anyIssued().id(), "application/json");
        if (response.statusCode() != 200 || !response.body().contains("\"verified\":true")) {
            return "verify: HTTP " + response.statusCode() + " " + abbreviate(response.body());
        }
        return null;
    }

    private String jwt() throws IOException, InterruptedException {
        HttpResponse<String> response = get("/credentials/" + anyIssued().id() + "/jwt", "application/vc+jwt");
        return response.statusCode() == 200 && response.body().startsWith("eyJ") ? null
                : "jwt: HTTP " + response.statusCode() + " " + abbreviate(response.body());
    }

    private String statusList() throws IOException, InterruptedException {
        HttpResponse<String> response = get("/status/" + anyIssued().listId(), "*/*");
        return response.statusCode() == 200 ? null : "status: HTTP " + response.statusCode() + " " + abbreviate(response.body());
    }

    private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(settings.base().resolve(path))
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", accept)
                .GET()
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private Issued anyIssued() {
        return issuedSnapshot[ThreadLocalRandom.current().nextInt(issuedSnapshot.length)];
    }

    private static String abbreviate(String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "…";
    }

    private static void print(Stats s) {
        System.out.printf(Locale.ROOT, "  %d requests, %d errors, %.1f req/s, p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                s.requests(), s.errors(), s.throughput(), s.percentileMillis(50), s.percentileMillis(90),
                s.percentileMillis(99), s.maxMillis());
        s.firstErrors().forEach(e -> System.out.println("  error: " + e));
    }

    private static String section(Settings settings, List<Stats> results) {
        StringBuilder out = new StringBuilder("## Load test, " + settings.database() + "\n\n")
                .append(ResultsFile.environment(settings.describe()))
                .append("\nLatency is measured by the client, from sending the request to reading the whole answer. "
                        + "Raw figures: `load-" + settings.database() + ".json`.\n\n")
                .append("| phase | request | requests | errors | req/s | p50 ms | p90 ms | p99 ms | max ms |\n")
                .append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Stats s : results) {
            out.append(String.format(Locale.ROOT, "| %s | `%s` | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f |%n",
                    s.phase(), s.request(), s.requests(), s.errors(), s.throughput(), s.percentileMillis(50),
                    s.percentileMillis(90), s.percentileMillis(99), s.maxMillis()));
        }
        results.stream().flatMap(s -> s.firstErrors().stream()).limit(ERRORS_SHOWN)
                .forEach(e -> out.append("\nFirst errors: `").append(e.replace('`', '\'').replace('\n', ' ')).append('`'));
        return out.toString();
    }

    private static void writeJson(Settings settings, List<Stats> results, Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("settings", settings.describe());
        root.put("clients", settings.clients());
        root.put("durationSeconds", settings.duration().toSeconds());
        root.put("warmupSeconds", settings.warmup().toSeconds());
        root.put("requestsPerPhase", settings.requests());
        root.put("database", settings.database());
        ArrayNode phases = root.putArray("phases");
        for (Stats s : results) {
            ObjectNode phase = phases.addObject();
            phase.put("phase", s.phase());
            phase.put("request", s.request());
            phase.put("requests", s.requests());
            phase.put("errors", s.errors());
            phase.put("seconds", s.seconds());
            phase.put("throughputPerSecond", s.throughput());
            for (double p : new double[] {50, 90, 99}) {
                phase.put("p" + (int) p + "Millis", s.percentileMillis(p));
            }
            phase.put("maxMillis", s.maxMillis());
        }
        Files.createDirectories(ResultsFile.DIR);
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
    }
}
