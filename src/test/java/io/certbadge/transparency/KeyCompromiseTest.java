package io.certbadge.transparency;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import io.certbadge.audit.CredentialEvent;
import io.certbadge.audit.CredentialEventRepository;
import io.certbadge.signing.KeyMaterial;
import io.certbadge.signing.KeyRegistry;
import io.certbadge.support.ApiKeysForTests;
import io.certbadge.support.Issuing;
import io.certbadge.support.Records;
import io.certbadge.support.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A leaked key: reported compromised, it signs nothing more and stays published, marked; what it
 * signed that the log holds from before the compromise stays valid, anything else it signed
 * (a thief's credential, made here with the private key) is invalid.
 */
@QuarkusTest
class KeyCompromiseTest {

    @Inject
    KeyRegistry keys;

    @Inject
    LogSequencer sequencer;

    @Inject
    CredentialEventRepository events;

    @Inject
    TestClock clock;

    @Test
    void shouldRefuseReportsWithoutAdminScopeOrWithABadBody() {
        String keyId = keys.active().keyId();
        String body = "{\"compromisedAt\": \"2026-01-01T00:00:00Z\", \"reason\": \"laptop stolen\"}";
        given().contentType(ContentType.JSON).body(body).when().post(path(keyId)).then().statusCode(401);
        given().header("Authorization", ApiKeysForTests.bearer(ApiKeysForTests.ISSUER)).contentType(ContentType.JSON)
                .body(body).when().post(path(keyId)).then().statusCode(403);
        admin().body("{\"compromisedAt\": \"2026-01-01T00:00:00Z\"}").when().post(path(keyId)).then().statusCode(400)
                .contentType("application/problem+json");
        admin().body("{\"reason\": \"laptop stolen\"}").when().post(path(keyId)).then().statusCode(400);
        admin().body("{\"compromisedAt\": \"" + clock.instant().plusSeconds(3600) + "\", \"reason\": \"later\"}")
                .when().post(path(keyId)).then().statusCode(400).body("errors[0].field", equalTo("compromisedAt"));
        admin().body(body).when().post(path("NoSuchKey0000000000000")).then().statusCode(404)
                .contentType("application/problem+json");
        assertEquals(keyId, keys.active().keyId(), "a refused report changes nothing");
    }

    @Test
    void shouldKeepWhatTheLogHeldBeforeTheCompromiseAndRefuseEverythingElseTheKeySigned() throws Exception {
        KeyMaterial original = keys.active().material();
        KeyMaterial leaked = new KeyMaterial(new ECKeyGenerator(Curve.P_256).generate(), JWSAlgorithm.ES256, false);
        try {
            String keyId = keys.activate(leaked).keyId();
            var before = Issuing.post(Records.valid()).statusCode(201).extract();
            String genuineJwt = before.path("credentialJwt");
            sequencer.integrateNow();
            // Whole milliseconds: the database keeps microseconds, the report and the DID document show them as given.
            Instant compromisedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS).plusMillis(1);
            clock.advance(Duration.ofMillis(5));

            admin().body(Map.of("compromisedAt", compromisedAt.toString(), "reason", "key file copied from a backup"))
                    .when().post(path(keyId)).then().statusCode(200)
                    .body("keyId", equalTo(keyId))
                    .body("kid", startsWith("http"))
                    .body("compromisedAt", equalTo(compromisedAt.toString()))
                    .body("logSizeAtCompromise", greaterThan(0));
            admin().body(Map.of("compromisedAt", compromisedAt.toString(), "reason", "again"))
                    .when().post(path(keyId)).then().statusCode(409).contentType("application/problem+json");

            // Logged before the compromise: still valid.
            given().accept(ContentType.JSON).when().get("/verify/" + before.path("id")).then().statusCode(200)
                    .body("status", equalTo("VALID"))
                    .body("checks[5].passed", equalTo(true))
                    .body("checks[5].detail", containsString("before its key"));
            // Made with the leaked key afterwards, dated now (no grace period for a compromised key) or back-dated.
            for (Instant iat : List.of(clock.instant(), compromisedAt.minus(1, ChronoUnit.DAYS))) {
                String forged = ForgedCredentials.forge(genuineJwt, leaked, iat);
                given().contentType("application/vc+jwt").body(forged.getBytes(StandardCharsets.US_ASCII))
                        .when().post("/verify").then().statusCode(200)
                        .body("checks[0].passed", equalTo(true))
                        .body("status", equalTo("INVALID"))
                        .body("checks[5].detail", containsString("reported compromised"));
            }

            // It signs nothing more, stays published, marked, and the report is in the audit trail.
            Issuing.post(Records.valid()).statusCode(503).contentType("application/problem+json");
            Map<String, Object> jwk = given().when().get("/.well-known/jwks.json").then().statusCode(200).extract()
                    .jsonPath().getMap("keys.find { it.kid.endsWith('/" + keyId + "') }");
            assertEquals(Map.of("revoked_at", (int) compromisedAt.getEpochSecond(), "reason", "compromised"), jwk.get("revoked"));
            given().when().get("/keys/" + keyId).then().statusCode(200).body("revoked.reason", equalTo("compromised"));
            given().when().get("/.well-known/did.json").then().statusCode(200)
                    .body("verificationMethod.find { it.id.endsWith('#" + keyId + "') }.revoked",
                            equalTo(compromisedAt.toString()));
            List<CredentialEvent> reported = QuarkusTransaction.requiringNew().call(() ->
                    events.list("type = ?1 and signingKeyId = ?2", CredentialEvent.Type.KEY_COMPROMISED, keyId));
            assertEquals(1, reported.size());
            assertEquals("test-admin", reported.get(0).apiKeyName);
            assertTrue(reported.get(0).detail.contains("key file copied from a backup"));

            // What a restart with the leaked key file would do: refused.
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> keys.activate(leaked));
            assertTrue(refused.getMessage().contains("compromised"), refused.getMessage());
        } finally {
            keys.activate(original);
        }
        Issuing.post(Records.valid()).statusCode(201);
    }

    private static String path(String keyId) {
        return "/api/v1/keys/" + keyId + "/compromise";
    }

    private static RequestSpecification admin() {
        return given().header("Authorization", ApiKeysForTests.bearer(ApiKeysForTests.ADMIN)).contentType(ContentType.JSON);
    }
}
