package io.certbadge.signing;

import com.nimbusds.jose.JWSObject;
import io.certbadge.audit.CredentialEvent;
import io.certbadge.audit.CredentialEventRepository;
import io.certbadge.credential.Credential;
import io.certbadge.credential.CredentialRepository;
import io.certbadge.support.Issuing;
import io.certbadge.support.PublishedKeys;
import io.certbadge.support.Records;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The runbook's rotation, for real: the service restarts with {@code certbadge.signing.key-file}
 * pointing at another key. {@link KeyRotationTest} switches keys inside one running service; this
 * test starts a second one on the same database (the H2 test database is a file; on PostgreSQL it
 * is the same database), so credentials that the default-profile tests issued with the old key are
 * there to verify. Quarkus runs test classes with a profile after those without, so in the suite
 * (or with {@code -Dtest='KeyRotation*Test'}) the old key has always signed something by now.
 */
@QuarkusTest
@TestProfile(KeyRotationRestartTest.RotatedKey.class)
class KeyRotationRestartTest {

    /** The default test profile's key (application.properties), which signed before the restart. */
    private static final Path OLD_KEY = Path.of("keys-example/ec-p256.pem");

    public static class RotatedKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("certbadge.signing.key-file", "keys-example/ec-p256-rotated.pem");
        }
    }

    @Inject
    KeyRegistry keys;

    @Inject
    SigningKeyRepository keyRepository;

    @Inject
    CredentialRepository credentials;

    @Inject
    CredentialEventRepository events;

    @Test
    void shouldVerifyCredentialsOfTheOldAndTheNewKeyThroughThePublishedKeys() throws Exception {
        String oldThumbprint = PemKeyLoader.load(OLD_KEY).thumbprint();
        String before = issuedBefore(oldThumbprint).orElseThrow(() -> new AssertionError(
                "no credential signed by " + OLD_KEY + " in the test database; run this class after the"
                        + " default-profile tests (the whole suite, or -Dtest='KeyRotation*Test')"));
        String after = Issuing.issue(Records.valid());

        String kidBefore = kidOf(jwtOf(before));
        String kidAfter = kidOf(jwtOf(after));
        assertNotEquals(kidBefore, kidAfter, "the new key signs under a kid of its own");
        assertTrue(kidAfter.endsWith("/keys/" + keys.active().keyId()), "the configured key now signs: " + kidAfter);

        for (String id : List.of(before, after)) {
            String kid = kidOf(jwtOf(id));
            given().accept(ContentType.JSON).when().get("/verify/" + id)
                    .then().statusCode(200)
                    .body("verified", equalTo(true))
                    .body("status", equalTo("VALID"))
                    .body("checks.find { it.check == 'signature' }.passed", equalTo(true))
                    .body("checks.find { it.check == 'signature' }.detail", equalTo("ES256, kid " + kid));
            assertTrue(PublishedKeys.verifies(jwtOf(id)), "the JWT verifies with the JWK fetched from " + kid);
        }

        List<String> published = given().when().get("/.well-known/jwks.json").then().statusCode(200)
                .extract().path("keys.kid");
        assertTrue(published.containsAll(List.of(kidBefore, kidAfter)), "the retired key stays published: " + published);
        assertEquals(published.size(), new HashSet<>(published).size(), "no kid names two keys: " + published);

        SigningKey old = QuarkusTransaction.requiringNew().call(() -> keyRepository.findByThumbprint(oldThumbprint)).orElseThrow();
        assertNotNull(old.retiredAt, "the old key signs nothing more");
        assertTrue(kidBefore.endsWith("/keys/" + old.keyId));
        given().when().get("/keys/" + old.keyId).then().statusCode(200).body("kid", equalTo(kidBefore));
    }

    @Test
    void shouldRecordTheActivationOfTheNewKeyInTheAuditTrail() {
        CredentialEvent latest = QuarkusTransaction.requiringNew().call(() -> events
                .find("type = ?1 order by occurredAt desc, id desc", CredentialEvent.Type.KEY_ACTIVATED).firstResult());
        assertNotNull(latest, "a key activation was recorded");
        assertEquals(keys.active().keyId(), latest.signingKeyId);
        assertTrue(latest.detail.contains("now signs"), latest.detail);
        assertNull(latest.apiKeyName, "the service itself activated the key at start");
    }

    /** The newest credential the old key signed that is still valid today (not revoked, no expiry, not post-dated). */
    private Optional<String> issuedBefore(String thumbprint) {
        return QuarkusTransaction.requiringNew().call(() -> credentials
                .find("signingKey.thumbprint = ?1 and revokedAt is null and validUntil is null and issuedAt <= ?2"
                        + " order by id desc", thumbprint, Instant.now())
                .firstResultOptional().map((Credential c) -> c.publicId));
    }

    private static String jwtOf(String id) {
        return given().when().get("/credentials/" + id + "/jwt").then().statusCode(200).extract().asString();
    }

    private static String kidOf(String jwt) throws Exception {
        return JWSObject.parse(jwt).getHeader().getKeyID();
    }
}
