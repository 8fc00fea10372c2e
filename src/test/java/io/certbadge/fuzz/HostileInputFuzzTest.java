package io.certbadge.fuzz;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.certbadge.support.ApiKeysForTests;
import io.certbadge.support.Issuing;
import io.certbadge.support.Records;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ten thousand generated hostile requests (see {@link HostileInput}) across the issue, revoke,
 * verify and upload routes: not one may answer 5xx, every error must be problem+json, and nothing
 * may be stored: no credential issued, the one credential they aim at not revoked. A seeded loop
 * rather than jqwik, whose properties cannot run inside a @QuarkusTest; the seed is printed, and
 * -Dfuzz.seed=… replays a run, -Dfuzz.requests=… sizes it.
 */
@QuarkusTest
class HostileInputFuzzTest {

    private static final int CLIENTS = 4;
    private static final String PROBLEM = "application/problem+json";

    @TestHTTPResource("/")
    URI root;

    @Test
    void shouldAnswerEveryHostileRequestWithA4xxProblemAndStoreNothing() throws Exception {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        int requests = Integer.getInteger("fuzz.requests", 10_000);
        ObjectNode record = Records.valid();
        String id = Issuing.issue(record);
        String credentialJson = given().when().get("/credentials/" + id).then().statusCode(200).extract().asString();
        String credentialJwt = given().when().get("/credentials/" + id + "/jwt").then().statusCode(200).extract().asString();
        byte[] badge = given().when().get("/credentials/" + id + "/badge.png").then().statusCode(200).extract().asByteArray();
        long credentialsBefore = credentialCount();

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        AtomicInteger sent = new AtomicInteger();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            HostileInput input = new HostileInput(seed + c, record.deepCopy().put("recordId", "FUZZ-" + seed + "-" + c),
                    id, credentialJson, credentialJwt, badge, ApiKeysForTests.ISSUER, ApiKeysForTests.REVOKER);
            done.add(clients.submit(() -> {
                while (sent.getAndIncrement() < requests && failures.size() < 20) {
                    HostileInput.Request request = input.next();
                    String failure = check(http, request);
                    if (failure != null) {
                        failures.add(failure + "\n    " + request.describe());
                    }
                }
                return null;
            }));
        }
        for (Future<?> client : done) {
            client.get();
        }
        clients.shutdown();
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("fuzz: %d hostile requests (seed %d, %d clients) in %d ms, %d failures%n",
                Math.min(sent.get(), requests), seed, CLIENTS, millis, failures.size());

        assertEquals(List.of(), failures, "seed " + seed);
        assertEquals(credentialsBefore, credentialCount(), "no credential was issued (seed " + seed + ")");
        given().header("Authorization", ApiKeysForTests.bearer(ApiKeysForTests.READER))
                .when().get("/api/v1/credentials/" + id).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("ACTIVE"));
    }

    /** Null when the answer is acceptable, else why not. */
    private String check(HttpClient http, HostileInput.Request request) {
        HttpRequest.Builder builder;
        try {
            builder = HttpRequest.newBuilder(root.resolve(request.path())).timeout(Duration.ofSeconds(60))
                    .method(request.method(), HttpRequest.BodyPublishers.ofByteArray(request.body()));
        } catch (IllegalArgumentException e) {
            return null; // not even a URI the client can send
        }
        Map<String, String> headers = new LinkedHashMap<>();
        if (!request.contentType().isEmpty()) {
            headers.put("Content-Type", request.contentType());
        }
        headers.putAll(request.headers());
        for (var header : headers.entrySet()) {
            try {
                builder.header(header.getKey(), header.getValue());
            } catch (IllegalArgumentException e) {
                // a header value the client refuses to send
            }
        }
        HttpResponse<String> response;
        try {
            response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            return "no answer: " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
        int status = response.statusCode();
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (status >= 500) {
            return status + " " + response.body();
        }
        if (status >= 400 && !type.startsWith(PROBLEM)) {
            return status + " answered as " + type + ", not problem+json: " + response.body();
        }
        if (status == 201) {
            return "201: a hostile request issued a credential: " + response.body();
        }
        if (status == 200 && request.path().endsWith("/revocation")) {
            return "200: a hostile request was taken as a revocation: " + response.body();
        }
        return null;
    }

    private static long credentialCount() {
        return ((Number) given().header("Authorization", ApiKeysForTests.bearer(ApiKeysForTests.READER))
                .queryParam("size", 1).when().get("/api/v1/credentials").then().statusCode(200)
                .extract().path("total")).longValue();
    }
}
