package io.certbadge.common;

import io.certbadge.support.ApiKeysForTests;
import io.certbadge.support.Issuing;
import io.certbadge.support.Records;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

/**
 * The service as an operator runs it in production: behind a TLS-terminating reverse proxy that
 * it trusts for client addresses, with an https {@code {base}}, public rate limits on and Swagger
 * UI off. Each test is its own client address (X-Forwarded-For), so buckets never mix.
 */
@QuarkusTest
@TestProfile(BehindTlsProxyTest.Production.class)
class BehindTlsProxyTest {

    public static class Production implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.ofEntries(
                    Map.entry("certbadge.public-base-url", "https://badges.example.test"),
                    Map.entry("quarkus.http.proxy.proxy-address-forwarding", "true"),
                    Map.entry("quarkus.http.proxy.allow-x-forwarded", "true"),
                    Map.entry("quarkus.http.proxy.trusted-proxies", "127.0.0.1,::1"),
                    Map.entry("quarkus.swagger-ui.enable", "false"),
                    Map.entry("certbadge.rate-limit.enabled", "true"),
                    Map.entry("certbadge.rate-limit.reads.capacity", "5"),
                    Map.entry("certbadge.rate-limit.reads.per-minute", "1"),
                    Map.entry("certbadge.rate-limit.expensive.capacity", "2"),
                    Map.entry("certbadge.rate-limit.expensive.per-minute", "1"));
        }
    }

    private static final String PROBLEM = "application/problem+json";

    @Test
    void shouldAnswer429WithRetryAfterOnceAClientSpentItsReads() {
        String client = newClient();
        for (int i = 0; i < 5; i++) {
            from(client).when().get("/issuer").then().statusCode(200);
        }
        from(client).when().get("/issuer").then().statusCode(429).contentType(PROBLEM)
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("status", equalTo(429)).body("title", equalTo("Too many requests"))
                .body("detail", containsString("try again in"));
        from(newClient()).when().get("/issuer").then().statusCode(200);
    }

    @Test
    void shouldKeepTheExpensiveBudgetApartFromReads() {
        String client = newClient();
        for (int i = 0; i < 2; i++) {
            from(client).contentType("application/vc+jwt").body("not.a.jwt".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).when().post("/verify")
                    .then().statusCode(200).body("status", equalTo("INVALID"));
        }
        from(client).contentType("application/vc+jwt").body("not.a.jwt".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).when().post("/verify")
                .then().statusCode(429).contentType(PROBLEM).header("Retry-After", matchesPattern("[1-9][0-9]*"));
        from(client).when().get("/issuer").then().statusCode(200);
    }

    @Test
    void shouldChargeDrawingAnImageAsExpensiveWorkAndServeCachedOnesAsReads() {
        String id = Issuing.issue(Records.valid());
        String client = newClient();
        from(client).when().get("/credentials/" + id + "/qr.png?size=128").then().statusCode(200);
        from(client).when().get("/credentials/" + id + "/qr.png?size=256").then().statusCode(200);
        from(client).when().get("/credentials/" + id + "/qr.png?size=512").then().statusCode(429).contentType(PROBLEM)
                .header("Retry-After", matchesPattern("[1-9][0-9]*"));
        from(client).when().get("/credentials/" + id + "/qr.png?size=128").then().statusCode(200);
    }

    @Test
    void shouldNotLimitTheAuthenticatedApiOrHealthProbes() {
        String client = newClient();
        for (int i = 0; i < 8; i++) {
            from(client).header("Authorization", ApiKeysForTests.bearer(ApiKeysForTests.READER))
                    .when().get("/api/v1/achievements").then().statusCode(200);
            from(client).when().get("/q/health/live").then().statusCode(200);
        }
    }

    @Test
    void shouldTellBrowsersToComeBackOverHttpsOnEveryAnswer() {
        String client = newClient();
        from(client).when().get("/issuer").then().statusCode(200)
                .header("Strict-Transport-Security", equalTo(SecurityHeaders.HSTS));
        from(client).when().get("/no/such/page").then().statusCode(404)
                .header("Strict-Transport-Security", equalTo(SecurityHeaders.HSTS));
        from(client).when().get("/api/v1/credentials").then().statusCode(401)
                .header("Strict-Transport-Security", equalTo(SecurityHeaders.HSTS));
    }

    @Test
    void shouldServeSwaggerUiOnlyWhereEnabledButAlwaysTheApiDescription() {
        from(newClient()).when().get("/q/swagger-ui/").then().statusCode(404);
        from(newClient()).when().get("/q/openapi").then().statusCode(200);
    }

    private static RequestSpecification from(String client) {
        return given().header("X-Forwarded-For", client);
    }

    /** An address from TEST-NET-3 (RFC 5737): a client of its own for each test. */
    private static String newClient() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "203.0.113." + random.nextInt(1, 255) + ", 10.0.0." + random.nextInt(1, 255);
    }
}
