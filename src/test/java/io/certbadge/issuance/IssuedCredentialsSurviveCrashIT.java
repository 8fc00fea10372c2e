package io.certbadge.issuance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.certbadge.support.ServiceProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract's promise for {@code quarkus.datasource.*}: a credential answered 201 survives a crash.
 * Eight clients issue against the packaged service, started on its default H2 file database in a
 * directory of its own (or on PostgreSQL in CI's PostgreSQL pass); it is killed with SIGKILL while
 * they do, then started again on the same data. Every acknowledged credential must be there,
 * verify VALID, and its record sent again must answer with the same id (not issue a second one).
 */
class IssuedCredentialsSurviveCrashIT {

    private static final int CLIENTS = 8;
    /** Kill once this many credentials are acknowledged, so the burst is well under way. */
    private static final int ACKNOWLEDGED_BEFORE_KILL = 60;
    private static final Duration START = Duration.ofSeconds(180);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void shouldKeepEveryAcknowledgedCredentialThroughAKill9() throws Exception {
        int port = ServiceProcess.freePort();
        ServiceProcess.Deployment deployment = ServiceProcess.Deployment.withDefaultDatabase(dir, port);
        Map<String, String> acknowledged = new ConcurrentHashMap<>(); // record JSON -> credential id
        try (ServiceProcess service = ServiceProcess.start("crash", port, deployment, Map.of())) {
            service.awaitReady(START);
            AtomicBoolean crashed = new AtomicBoolean();
            CountDownLatch enough = new CountDownLatch(ACKNOWLEDGED_BEFORE_KILL);
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int i = 0; i < CLIENTS; i++) {
                clients.submit(() -> {
                    while (!crashed.get()) {
                        String record = record();
                        try {
                            HttpResponse<String> response = service.post("/api/v1/credentials", deployment.apiKey(), record);
                            if (response.statusCode() == 201) {
                                acknowledged.put(record, JSON.readTree(response.body()).get("id").asText());
                                enough.countDown();
                            }
                        } catch (IOException e) {
                            // the answer never came (the process died): not acknowledged, nothing promised
                        }
                    }
                    return null;
                });
            }
            boolean underWay = enough.await(120, TimeUnit.SECONDS);
            service.kill();
            crashed.set(true);
            clients.shutdown();
            assertTrue(clients.awaitTermination(60, TimeUnit.SECONDS), "clients stop once the service is gone");
            assertTrue(underWay, "the burst acknowledged " + acknowledged.size() + " credentials before the kill");

            long restart = System.nanoTime();
            service.restart();
            service.awaitReady(START);
            long restartMillis = (System.nanoTime() - restart) / 1_000_000;
            for (Map.Entry<String, String> issued : acknowledged.entrySet()) {
                String id = issued.getValue();
                HttpResponse<String> report = ServiceProcess.HTTP.send(HttpRequest.newBuilder(
                        URI.create(service.base() + "/verify/" + id)).header("Accept", "application/json").build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, report.statusCode(), "acknowledged credential " + id + " is there after the crash");
                assertEquals("VALID", JSON.readTree(report.body()).get("status").asText(), "credential " + id + " verifies");

                HttpResponse<String> repeat = service.post("/api/v1/credentials", deployment.apiKey(), issued.getKey());
                assertEquals(200, repeat.statusCode(), "the record of " + id + " sent again is a repeat: " + repeat.body());
                assertEquals(id, JSON.readTree(repeat.body()).get("id").asText(), "a repeat answers with the same credential");
            }
            System.out.printf("crash test on %s: %d credentials acknowledged by %d clients before kill -9; after a"
                            + " restart of %d ms every one is there, VALID, and answers a repeat with its id%n",
                    ServiceProcess.onPostgresql() ? "PostgreSQL" : "H2", acknowledged.size(), CLIENTS, restartMillis);
        }
    }

    /** The README's example record under a fresh record id and e-mail address. */
    private static String record() throws IOException {
        ObjectNode record = (ObjectNode) JSON.readTree(Path.of("examples/certification-record.json").toFile());
        String unique = UUID.randomUUID().toString();
        record.put("recordId", "CRASH-" + unique);
        ((ObjectNode) record.get("candidate")).put("email", "crash-" + unique + "@example.com");
        return record.toString();
    }
}
