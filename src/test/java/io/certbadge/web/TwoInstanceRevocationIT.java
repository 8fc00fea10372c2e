package io.certbadge.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.certbadge.support.Records;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two instances of the packaged service on one PostgreSQL database: instance B keeps verification
 * answers in memory, and a revocation made through instance A must still show on B's very next
 * request, as JSON and as the page. Runs after {@code package} (failsafe) and only when
 * {@code CERTBADGE_TWO_INSTANCE_PG_URL} names the database, because the jar must be a PostgreSQL build
 * ({@code -Dquarkus.profile=pg}: the database kind is fixed at build time); .ci/run does both.
 */
@EnabledIfEnvironmentVariable(named = "CERTBADGE_TWO_INSTANCE_PG_URL", matches = ".+")
class TwoInstanceRevocationIT {

    /** The dev profile's documented API key (README), all scopes. */
    /** This run's own key in the dev key's place: a packaged jar refuses the one the README publishes. */
    private static final String DEV_KEY = "it-" + java.util.UUID.randomUUID();
    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final List<Process> STARTED = new ArrayList<>();

    private static URI a;
    private static URI b;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        assertTrue(Files.exists(JAR), JAR + " is missing: this test runs after the package phase");
        Path work = Files.createDirectories(Path.of("target/two-instances"));
        Path key = work.resolve("signing-key.pem");
        Files.writeString(key, throwawayKey());
        // the Data Integrity proof's and the log's Ed25519 keys too: a packaged jar refuses keys-example/
        for (String ed25519 : new String[] {"ed25519-key.pem", "log-key.pem"}) {
            Files.writeString(work.resolve(ed25519), pem(KeyPairGenerator.getInstance("Ed25519").generateKeyPair()
                    .getPrivate().getEncoded()));
        }
        // one after the other: the first registers the new key, the second finds it. Both have one
        // public base URL, as two instances behind one load balancer do (it is in every credential).
        int portA = freePort();
        a = start(work, key, "a", portA, portA);
        b = start(work, key, "b", freePort(), portA);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        for (Process process : STARTED) {
            process.destroy();
            process.waitFor();
        }
    }

    @Test
    void shouldShowARevocationThroughOneInstanceOnTheOtherInstancesNextRequest() throws Exception {
        var record = Records.valid();
        record.put("recordId", "TWO-INSTANCES-" + UUID.randomUUID());
        HttpResponse<String> issued = send(HttpRequest.newBuilder(a.resolve("/api/v1/credentials"))
                .header("Authorization", "Bearer " + DEV_KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(record.toString())));
        assertEquals(201, issued.statusCode(), issued.body());
        String id = JSON.readTree(issued.body()).path("id").asText();

        assertEquals("VALID", report(b, id).path("status").asText(), "B verifies what A issued");
        assertEquals("VALID", report(b, id).path("status").asText(), "B answers again, now from memory");
        assertTrue(page(b, id).contains("Valid"), "B's page says valid");

        HttpResponse<String> revoked = send(HttpRequest.newBuilder(a.resolve("/api/v1/credentials/" + id + "/revocation"))
                .header("Authorization", "Bearer " + DEV_KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"reason\": \"Certified in error\"}")));
        assertEquals(200, revoked.statusCode(), revoked.body());

        JsonNode after = report(b, id);
        assertEquals("REVOKED", after.path("status").asText(), "B's next report shows A's revocation: " + after);
        assertEquals("Certified in error", after.path("credential").path("revocationReason").asText());
        String revokedPage = page(b, id);
        assertTrue(revokedPage.contains("Revoked") && revokedPage.contains("Certified in error"),
                "B's next page shows A's revocation");
        assertEquals("REVOKED", report(a, id).path("status").asText(), "and so does A");
    }

    private static JsonNode report(URI instance, String id) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(instance.resolve("/verify/" + id))
                .header("Accept", "application/json").GET());
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private static String page(URI instance, String id) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(instance.resolve("/verify/" + id))
                .header("Accept", "text/html").GET());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The packaged jar runs in production launch mode, which refuses keys-example/: a key of its own. */
    private static String throwawayKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return pem(generator.generateKeyPair().getPrivate().getEncoded());
    }

    private static String pem(byte[] pkcs8) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(pkcs8);
        return "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n";
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static URI start(Path work, Path key, String name, int port, int publicPort) throws Exception {
        URI base = URI.create("http://127.0.0.1:" + port);
        Path log = work.resolve(name + ".log");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Dquarkus.profile=pg,dev", "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port,
                "-Dcertbadge.public-base-url=http://127.0.0.1:" + publicPort, "-Dcertbadge.signing.key-file=" + key.toAbsolutePath(),
                "-Dcertbadge.signing.ed25519-key-file=" + work.resolve("ed25519-key.pem").toAbsolutePath(),
                "-Dcertbadge.log.key-file=" + work.resolve("log-key.pem").toAbsolutePath(),
                "-Dcertbadge.api-keys.\"dev\".sha256=" + io.certbadge.common.Hashing.sha256Hex(DEV_KEY),
                "-Dquarkus.datasource.jdbc.url=" + System.getenv("CERTBADGE_TWO_INSTANCE_PG_URL"),
                "-Dquarkus.datasource.username=" + System.getenv().getOrDefault("CERTBADGE_PG_USER", "certbadge"),
                "-jar", JAR.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        STARTED.add(process);
        for (int i = 0; i < 180; i++) {
            if (!process.isAlive()) {
                throw new AssertionError("instance " + name + " stopped during start:\n" + Files.readString(log));
            }
            try {
                if (HTTP.send(HttpRequest.newBuilder(base.resolve("/q/health/ready")).GET().build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return base;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("instance " + name + " was not ready after 180 s:\n" + Files.readString(log));
    }
}
