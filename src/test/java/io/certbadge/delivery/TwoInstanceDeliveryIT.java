package io.certbadge.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.certbadge.support.ServiceProcess;
import io.certbadge.support.SmtpSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two instances of the packaged service on one database (PostgreSQL in CI's PostgreSQL pass, a
 * shared H2 file otherwise), both sending from the one outbox: every mail goes out once, whichever
 * instance wrote it and whichever sends it.
 */
class TwoInstanceDeliveryIT {

    private static final Duration START = Duration.ofSeconds(180);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CREDENTIALS = 40;

    @TempDir
    Path dir;

    @Test
    void shouldSendEachMailOnceWithTwoInstancesOnOneDatabase() throws Exception {
        int portA = ServiceProcess.freePort();
        ServiceProcess.Deployment deployment = ServiceProcess.Deployment.create(dir, portA);
        try (SmtpSink smtp = new SmtpSink();
             ServiceProcess a = ServiceProcess.start("a", portA, deployment, smtp.properties())) {
            a.awaitReady(START);
            try (ServiceProcess b = ServiceProcess.start("b", ServiceProcess.freePort(), deployment, smtp.properties())) {
                b.awaitReady(START);
                Map<String, String> issued = new ConcurrentHashMap<>(); // e-mail address -> credential id
                ExecutorService clients = Executors.newFixedThreadPool(4);
                List<Future<?>> calls = new ArrayList<>();
                for (int i = 0; i < CREDENTIALS; i++) {
                    ServiceProcess through = i % 2 == 0 ? a : b;
                    calls.add(clients.submit(() -> {
                        String email = "two-" + UUID.randomUUID() + "@example.com";
                        HttpResponse<String> response = through.post("/api/v1/credentials", deployment.apiKey(),
                                OutboxSurvivesCrashIT.record(email));
                        assertEquals(201, response.statusCode(), response.body());
                        issued.put(email, JSON.readTree(response.body()).get("id").asText());
                        return null;
                    }));
                }
                for (Future<?> call : calls) {
                    call.get();
                }
                clients.shutdown();
                // Revocations through the other instance than the issue: one revocation mail each.
                List<String> revoked = new ArrayList<>();
                for (String id : issued.values().stream().limit(10).toList()) {
                    HttpResponse<String> response = b.post("/api/v1/credentials/" + id + "/revocation", deployment.apiKey(),
                            "{\"reason\": \"Two-instance test\"}");
                    assertEquals(200, response.statusCode(), response.body());
                    revoked.add(id);
                }

                int expected = CREDENTIALS + revoked.size();
                assertTrue(SmtpSink.await(Duration.ofSeconds(180), () -> smtp.received() >= expected),
                        "every mail went out: " + smtp.received() + " of " + expected);
                Thread.sleep(4000); // several polls of both instances: a second copy would be here now
                assertEquals(expected, smtp.received(), "no mail twice");
                Map<String, List<String>> received = smtp.messageIdsByRecipient();
                for (Map.Entry<String, String> credential : issued.entrySet()) {
                    List<String> ids = new ArrayList<>(received.get(credential.getKey()));
                    String id = credential.getValue();
                    List<String> want = new ArrayList<>(List.of("<credential.issued." + id + "@127.0.0.1>"));
                    if (revoked.contains(id)) {
                        want.add("<credential.revoked." + id + "@127.0.0.1>");
                    }
                    ids.sort(null);
                    want.sort(null);
                    assertEquals(want, ids, "the mails of " + id);
                }
                System.out.printf("two instances on %s: %d issue and %d revocation mails, each sent once%n",
                        ServiceProcess.onPostgresql() ? "PostgreSQL" : "H2", CREDENTIALS, revoked.size());
            }
        }
    }
}
