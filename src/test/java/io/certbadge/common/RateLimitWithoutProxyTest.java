package io.certbadge.common;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * Without a trusted proxy configured, X-Forwarded-For is whatever the client says: a client that
 * makes up a new address for every request must still be one client.
 */
@QuarkusTest
@TestProfile(RateLimitWithoutProxyTest.NoProxy.class)
class RateLimitWithoutProxyTest {

    public static class NoProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("certbadge.rate-limit.enabled", "true",
                    "certbadge.rate-limit.reads.capacity", "3",
                    "certbadge.rate-limit.reads.per-minute", "1");
        }
    }

    @Test
    void shouldIgnoreXForwardedForWhenNoProxyIsTrusted() {
        for (int i = 0; i < 3; i++) {
            given().header("X-Forwarded-For", "198.51.100." + (i + 1)).when().get("/issuer").then().statusCode(200);
        }
        given().header("X-Forwarded-For", "198.51.100.99").when().get("/issuer").then().statusCode(429);
    }
}
