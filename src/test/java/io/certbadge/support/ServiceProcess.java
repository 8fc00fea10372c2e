package io.certbadge.support;

import io.certbadge.common.Hashing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The packaged service ({@code target/quarkus-app/quarkus-run.jar}) run as a separate process, as
 * in production: its own keys (production refuses the example ones), an API key, a database
 * shared with other instances. {@link #kill()} is a SIGKILL: no shutdown hook runs. The process
 * runs in the deployment's directory; its clients are the tests, so the public rate limits are off.
 * For integration tests ({@code *IT}, run by failsafe after {@code package}).
 */
public final class ServiceProcess implements AutoCloseable {

    public static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    public static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * What every instance of one test shares: database, keys, API key, public base URL. A null
     * {@code jdbcUrl} is the service's own default, the H2 file database in {@code dir/data}.
     */
    public record Deployment(Path dir, String jdbcUrl, String jdbcUser, boolean postgres, Path signingKey,
                             Path dataIntegrityKey, Path logKey, String apiKey, String publicBaseUrl) {

        /** An H2 file database that several processes open at once (AUTO_SERVER), or PostgreSQL. */
        public static Deployment create(Path dir, int publicPort) throws Exception {
            return create(dir, publicPort, "jdbc:h2:file:" + dir.toAbsolutePath().resolve("certbadge")
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;AUTO_SERVER=TRUE");
        }

        /** The default H2 URL of application.properties, as a fresh installation runs it, or PostgreSQL. */
        public static Deployment withDefaultDatabase(Path dir, int publicPort) throws Exception {
            return create(dir, publicPort, null);
        }

        private static Deployment create(Path dir, int publicPort, String h2Url) throws Exception {
            boolean postgres = onPostgresql();
            String url = postgres ? System.getenv("CERTBADGE_PG_URL") : h2Url;
            String user = postgres ? System.getenv().getOrDefault("CERTBADGE_PG_USER", "certbadge") : "certbadge";
            KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
            ec.initialize(new ECGenParameterSpec("secp256r1"));
            Path signing = pem(dir.resolve("signing.pem"), ec.generateKeyPair().getPrivate().getEncoded());
            Path dataIntegrity = pem(dir.resolve("ed25519.pem"), KeyPairGenerator.getInstance("Ed25519").generateKeyPair()
                    .getPrivate().getEncoded());
            Path log = pem(dir.resolve("log.pem"), KeyPairGenerator.getInstance("Ed25519").generateKeyPair()
                    .getPrivate().getEncoded());
            return new Deployment(dir, url, user, postgres, signing, dataIntegrity, log, "it-" + UUID.randomUUID(),
                    "http://127.0.0.1:" + publicPort);
        }

        private static Path pem(Path file, byte[] pkcs8) throws IOException {
            String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pkcs8);
            return Files.writeString(file, "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n");
        }
    }

    /**
     * Whether the integration tests run on PostgreSQL: CI's PostgreSQL pass sets CERTBADGE_PG_URL and
     * builds the jar with -Dquarkus.profile=pg (the database kind is fixed when the jar is built).
     */
    public static boolean onPostgresql() {
        String pgUrl = System.getenv("CERTBADGE_PG_URL");
        return pgUrl != null && !pgUrl.isBlank() && System.getProperty("quarkus.profile", "").contains("pg");
    }

    private final String name;
    private final int port;
    private final List<String> command;
    private final Path dir;
    private final Path logFile;
    private Process process;

    private ServiceProcess(String name, int port, List<String> command, Path dir, Path logFile) {
        this.name = name;
        this.port = port;
        this.command = command;
        this.dir = dir;
        this.logFile = logFile;
    }

    public static ServiceProcess start(String name, int port, Deployment deployment, Map<String, String> properties)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port,
                "-Dcertbadge.public-base-url=" + deployment.publicBaseUrl(),
                "-Dcertbadge.signing.key-file=" + deployment.signingKey(),
                "-Dcertbadge.signing.ed25519-key-file=" + deployment.dataIntegrityKey(),
                "-Dcertbadge.log.key-file=" + deployment.logKey(),
                "-Dcertbadge.api-keys.\"it\".sha256=" + Hashing.sha256Hex(deployment.apiKey()),
                "-Dcertbadge.api-keys.\"it\".scopes=issue,revoke,read,admin",
                "-Dcertbadge.rate-limit.enabled=false"));
        if (deployment.jdbcUrl() != null) {
            command.addAll(List.of("-Dquarkus.datasource.jdbc.url=" + deployment.jdbcUrl(),
                    "-Dquarkus.datasource.username=" + deployment.jdbcUser()));
        }
        if (deployment.postgres()) {
            command.add("-Dquarkus.datasource.jdbc.additional-jdbc-properties.ApplicationName=certbadge-" + name);
        }
        if (deployment.postgres()) {
            command.add("-Dquarkus.profile=pg"); // as README "Production" runs a PostgreSQL build
        }
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", JAR.toAbsolutePath().toString()));
        ServiceProcess service = new ServiceProcess(name, port, command, deployment.dir(),
                deployment.dir().resolve(name + ".log"));
        service.launch();
        return service;
    }

    private void launch() throws IOException {
        process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile())).start();
    }

    /** Starts the same instance again after a stop or a kill. */
    public void restart() throws IOException {
        launch();
    }

    public String base() {
        return "http://127.0.0.1:" + port;
    }

    public String name() {
        return name;
    }

    public boolean alive() {
        return process.isAlive();
    }

    public void awaitReady(Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + "; see " + logFile);
            }
            try {
                if (get("/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError(name + " not ready after " + timeout + "; see " + logFile);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path, String apiKey, String json) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + apiKey).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The last {@code lines} lines of this instance's log, for a failure message (its directory is temporary). */
    public String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** kill -9: the JVM gets no chance to finish anything, the database sees the connection drop. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(Duration.ofSeconds(20).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
