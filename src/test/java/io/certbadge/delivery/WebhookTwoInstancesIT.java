package io.certbadge.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.certbadge.support.Records;
import io.certbadge.support.ServiceProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two instances of the packaged service on one database (PostgreSQL with a jar built with
 * -Dquarkus.profile=pg, else H2 with AUTO_SERVER), each with its own outbox worker, issuing at
 * the same time: every credential's event reaches the receiver once, signed, with a timestamp a
 * receiver on the real clock accepts. The instances are production builds, so the receiver on
 * loopback is reachable only with certbadge.webhooks.allow-private-targets=true.
 */
class WebhookTwoInstancesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CREDENTIALS = 30;

    @TempDir
    Path dir;

    private final List<ServiceProcess> services = new ArrayList<>();
    private final WebhookReceiver receiver = new WebhookReceiver().slow(Duration.ofMillis(50));

    @AfterEach
    void stopAll() throws Exception {
        for (ServiceProcess service : services) {
            service.close();
        }
        receiver.close();
    }

    @Test
    void shouldDeliverEveryEventOnceFromTwoInstancesOnOneDatabase() throws Exception {
        int portA = ServiceProcess.freePort();
        ServiceProcess.Deployment deployment = ServiceProcess.Deployment.create(dir, portA);
        Map<String, String> properties = Map.of("certbadge.webhooks.allow-private-targets", "true",
                "certbadge.mail.enabled", "false");
        ServiceProcess a = start("a", portA, deployment, properties);
        ServiceProcess b = start("b", ServiceProcess.freePort(), deployment, properties);

        HttpResponse<String> created = a.post("/api/v1/webhooks", deployment.apiKey(), JSON.writeValueAsString(
                Map.of("url", receiver.url("/hook"), "events", List.of("credential.issued"))));
        assertEquals(201, created.statusCode(), created.body());
        String secret = JSON.readTree(created.body()).path("secret").asText();

        Set<String> issued = issueThroughBoth(List.of(a, b), deployment.apiKey());

        Map<String, Integer> timesPerWebhookId = new HashMap<>();
        Set<String> delivered = new HashSet<>();
        while (delivered.size() < CREDENTIALS) {
            WebhookReceiver.Received request = receiver.next();
            StandardWebhooks.verify(secret, request.header("webhook-id"), request.header("webhook-timestamp"),
                    request.header("webhook-signature"), request.body(), Instant.now());
            timesPerWebhookId.merge(request.header("webhook-id"), 1, Integer::sum);
            delivered.add(JSON.readTree(request.body()).at("/data/id").asText());
        }
        receiver.assertNothingFor(Duration.ofSeconds(3));
        assertEquals(issued, delivered, "every issued credential's event arrived");
        assertEquals(CREDENTIALS, timesPerWebhookId.size());
        timesPerWebhookId.forEach((id, times) -> assertEquals(1, times, id + " was delivered " + times + " times"));
        System.out.printf("WebhookTwoInstancesIT: %s, %d events from two instances, each delivered once%n",
                deployment.postgres() ? "PostgreSQL" : "H2", CREDENTIALS);
    }

    private ServiceProcess start(String name, int port, ServiceProcess.Deployment deployment,
                                 Map<String, String> properties) throws Exception {
        ServiceProcess service = ServiceProcess.start(name, port, deployment, properties);
        services.add(service);
        service.awaitReady(Duration.ofMinutes(3));
        return service;
    }

    private static Set<String> issueThroughBoth(List<ServiceProcess> instances, String apiKey) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> ids = new ArrayList<>();
            for (int i = 0; i < CREDENTIALS; i++) {
                ServiceProcess instance = instances.get(i % instances.size());
                ids.add(pool.submit(() -> {
                    HttpResponse<String> response = instance.post("/api/v1/credentials", apiKey, Records.valid().toString());
                    assertEquals(201, response.statusCode(), response.body());
                    JsonNode credential = JSON.readTree(response.body());
                    return credential.path("id").asText();
                }));
            }
            Set<String> issued = new HashSet<>();
            for (Future<String> id : ids) {
                issued.add(id.get());
            }
            return issued;
        } finally {
            pool.shutdown();
        }
    }
}
