package io.certbadge.signing;

import com.nimbusds.jose.JWSObject;
import io.certbadge.audit.CredentialEvent;
import io.certbadge.audit.CredentialEventRepository;
import io.certbadge.support.Issuing;
import io.certbadge.support.PublishedKeys;
import io.certbadge.support.Records;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The runbook's rotation: the service starts with {@code certbadge.signing.key-file} pointing at
 * another key than the one that signed before. The service of {@link RotatedKeyProfile} is
 * configured with the new key; each test first signs with the old key (as the service did before
 * the restart) and then runs what a start does with the configured file. It makes its own
 * credentials on the empty database its service started with: it once relied on credentials
 * other test classes had left behind, which made it pass or fail with the order of the classes.
 */
@QuarkusTest
@TestProfile(RotatedKeyProfile.class)
class KeyRotationRestartTest {

    /** The key that signed before the restart. */
    private static final Path OLD_KEY = Path.of("keys-example/ec-p256.pem");

    @ConfigProperty(name = "certbadge.signing.key-file")
    Path configuredKey;

    @Inject
    KeyRegistry keys;

    @Inject
    SigningKeyRepository keyRepository;

    @Inject
    CredentialEventRepository events;

    @Test
    void shouldVerifyCredentialsOfTheOldAndTheNewKeyThroughThePublishedKeys() throws Exception {
        String oldThumbprint = PemKeyLoader.load(OLD_KEY).thumbprint();
        String before = issuedWithTheOldKey();
        restartWithTheConfiguredKey();
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
        issuedWithTheOldKey();
        String oldKeyId = keys.active().keyId();
        restartWithTheConfiguredKey();

        CredentialEvent latest = QuarkusTransaction.requiringNew().call(() -> events
                .find("type = ?1 order by occurredAt desc, id desc", CredentialEvent.Type.KEY_ACTIVATED).firstResult());
        assertNotNull(latest, "a key activation was recorded");
        assertEquals(keys.active().keyId(), latest.signingKeyId);
        assertTrue(latest.detail.contains("now signs"), latest.detail);
        assertTrue(latest.detail.contains("retired (still published): " + oldKeyId), latest.detail);
        assertNull(latest.apiKeyName, "the service itself activated the key, no API caller");
    }

    /** A test that failed half way would leave the old key signing for the next one. */
    @AfterEach
    void backToTheConfiguredKey() {
        restartWithTheConfiguredKey();
    }

    /** Signs a credential with the old key, as the service did before the restart; the old key stays active. */
    private String issuedWithTheOldKey() {
        keys.activate(PemKeyLoader.load(OLD_KEY));
        return Issuing.issue(Records.valid());
    }

    /** What the service does when it starts: activate the key of the configured key file. */
    private void restartWithTheConfiguredKey() {
        keys.activate(PemKeyLoader.load(configuredKey));
    }

    private static String jwtOf(String id) {
        return given().when().get("/credentials/" + id + "/jwt").then().statusCode(200).extract().asString();
    }

    private static String kidOf(String jwt) throws Exception {
        return JWSObject.parse(jwt).getHeader().getKeyID();
    }
}
