package io.certbadge.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.certbadge.support.ServiceProcess;
import io.certbadge.support.SmtpSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outbox's promise: a mail queued with its credential is sent even if the process dies between
 * the commit and the send, and is sent once. The packaged service runs on its default H2 file
 * database (PostgreSQL in CI's PostgreSQL pass) and mails a real SMTP server (GreenMail).
 */
class OutboxSurvivesCrashIT {

    private static final Duration START = Duration.ofSeconds(180);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /**
     * Two crashes on one database, one process start saved between them: first a kill -9 between
     * commit and send (delivery switched off, so every mail is certainly unsent), then a kill -9
     * in the middle of a burst with delivery on.
     */
    @Test
    void shouldSendEveryQueuedMailAfterAKill9BetweenCommitAndSendAndDuringABurst() throws Exception {
        int port = ServiceProcess.freePort();
        ServiceProcess.Deployment deployment = ServiceProcess.Deployment.withDefaultDatabase(dir, port);
        try (SmtpSink smtp = new SmtpSink()) {
            Map<String, String> issued = new HashMap<>(); // e-mail address -> credential id
            Map<String, String> noSending = new HashMap<>(smtp.properties());
            noSending.put("certbadge.outbox.deliver", "false"); // commits mail to the outbox, sends none
            try (ServiceProcess before = ServiceProcess.start("before-crash", port, deployment, noSending)) {
                before.awaitReady(START);
                for (int i = 0; i < 5; i++) {
                    String email = "outbox-" + UUID.randomUUID() + "@example.com";
                    HttpResponse<String> response = before.post("/api/v1/credentials", deployment.apiKey(), record(email));
                    assertEquals(201, response.statusCode(), response.body());
                    issued.put(email, JSON.readTree(response.body()).get("id").asText());
                }
                before.kill();
            }
            assertEquals(0, smtp.received(), "nothing was sent before the kill");

            Map<String, String> sending = new HashMap<>(smtp.properties());
            // a mail leased by a dead process is free 10 s later (not the default 2 min), longer than any send here
            sending.put("certbadge.outbox.lease", "PT10S");
            try (ServiceProcess after = ServiceProcess.start("after-crash", port, deployment, sending)) {
                after.awaitReady(START);
                // no bound on how soon (a mail refused or slow at first is retried 30 s later), only that it is sent
                assertTrue(SmtpSink.await(Duration.ofSeconds(150), () -> smtp.received() >= issued.size()),
                        () -> "the queued mails went out after the restart: " + smtp.received() + "\n" + after.logTail(80));
                Thread.sleep(3000); // several polls more: a second copy would arrive now
                Map<String, List<String>> received = smtp.messageIdsByRecipient();
                for (Map.Entry<String, String> credential : issued.entrySet()) {
                    assertEquals(List.of("<credential.issued." + credential.getValue() + "@127.0.0.1>"),
                            received.get(credential.getKey()), "one issue mail for " + credential.getValue());
                }
                assertEquals(issued.size(), smtp.received(), "no other mail");

                killDuringABurst(after, deployment, smtp);
            }
        }
    }

    /** Every acknowledged credential's mail arrives after the restart, each copy with its one Message-ID. */
    private static void killDuringABurst(ServiceProcess service, ServiceProcess.Deployment deployment, SmtpSink smtp)
            throws Exception {
        int workers = 4;
        int receivedBefore = smtp.received();
        Map<String, String> acknowledged = new ConcurrentHashMap<>(); // e-mail address -> credential id
        AtomicBoolean crashed = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 4; i++) {
            clients.submit(() -> {
                while (!crashed.get()) {
                    String email = "burst-" + UUID.randomUUID() + "@example.com";
                    try {
                        HttpResponse<String> response = service.post("/api/v1/credentials", deployment.apiKey(), record(email));
                        if (response.statusCode() == 201) {
                            acknowledged.put(email, JSON.readTree(response.body()).get("id").asText());
                        }
                    } catch (IOException e) {
                        // no answer: the process died, nothing was promised
                    }
                }
                return null;
            });
        }
        assertTrue(SmtpSink.await(Duration.ofSeconds(120), () -> acknowledged.size() >= 40), "the burst is under way");
        service.kill();
        crashed.set(true);
        clients.shutdown();
        assertTrue(clients.awaitTermination(60, TimeUnit.SECONDS));
        int sentBeforeKill = smtp.received() - receivedBefore;

        service.restart();
        service.awaitReady(START);
        assertTrue(SmtpSink.await(Duration.ofSeconds(150), () -> received(smtp).keySet().containsAll(acknowledged.keySet())),
                () -> "every acknowledged credential's mail arrived\n" + service.logTail(80));
        Thread.sleep(12_000); // past the lease and many polls: a third copy would be here now
        Map<String, List<String>> received = received(smtp);
        int extraCopies = 0;
        for (Map.Entry<String, String> credential : acknowledged.entrySet()) {
            List<String> ids = received.get(credential.getKey());
            assertEquals(List.of("<credential.issued." + credential.getValue() + "@127.0.0.1>"), ids.stream().distinct().toList(),
                    "every copy carries the credential's one Message-ID");
            extraCopies += ids.size() - 1;
        }
        // A mail the SMTP server took in the instant before the kill, not yet recorded as sent, is
        // sent again (at least once); at most one per sending thread was in that instant.
        assertTrue(extraCopies <= workers, extraCopies + " second copies");
        System.out.printf("outbox crash test on %s: 5 mails queued and unsent at a kill -9 each arrived once after"
                        + " the restart; then %d credentials acknowledged in a burst, %d mails sent before kill -9,"
                        + " after the restart every one arrived, %d second copies (same Message-ID)%n",
                ServiceProcess.onPostgresql() ? "PostgreSQL" : "H2", acknowledged.size(), sentBeforeKill, extraCopies);
    }

    private static Map<String, List<String>> received(SmtpSink smtp) {
        try {
            return smtp.messageIdsByRecipient();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The README's example record under a fresh record id and the given e-mail address. */
    static String record(String email) throws IOException {
        ObjectNode record = (ObjectNode) JSON.readTree(Path.of("examples/certification-record.json").toFile());
        record.put("recordId", "OUTBOX-" + UUID.randomUUID());
        ((ObjectNode) record.get("candidate")).put("email", email);
        return record.toString();
    }
}
