package io.certbadge.delivery;

import io.certbadge.support.ApiKeysForTests;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;

/** REST Assured helpers for {@code /api/v1/webhooks}, always with the admin key. */
final class Webhooks {

    private Webhooks() {
    }

    static RequestSpecification admin() {
        return given().header("Authorization", ApiKeysForTests.bearer(ApiKeysForTests.ADMIN)).contentType(ContentType.JSON);
    }

    /** Registers {@code url} for {@code events}; the answer's {@code id} and {@code secret}. */
    static JsonPath register(String url, String... events) {
        return admin().body(Map.of("url", url, "events", List.of(events))).when().post("/api/v1/webhooks")
                .then().statusCode(201).extract().jsonPath();
    }

    static void remove(String id) {
        admin().when().delete("/api/v1/webhooks/" + id).then().statusCode(204);
    }

    static List<Map<String, Object>> deliveries(String id) {
        return admin().when().get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(200)
                .extract().jsonPath().getList("$");
    }

    /** The deliveries once {@code done} holds for them (the worker records an attempt just after it). */
    static List<Map<String, Object>> deliveriesOnce(String id, Predicate<List<Map<String, Object>>> done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        List<Map<String, Object>> deliveries = deliveries(id);
        while (!done.test(deliveries)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("deliveries of " + id + " stayed " + deliveries);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            deliveries = deliveries(id);
        }
        return deliveries;
    }
}
