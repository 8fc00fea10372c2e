package io.certbadge.signing;

import io.certbadge.audit.CredentialEvent;
import io.certbadge.audit.CredentialEventRepository;
import io.certbadge.signing.dataintegrity.JsonP;
import io.certbadge.support.Issuing;
import io.certbadge.support.Records;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The runbook's rotation of the Ed25519 key (README "Rotating the signing key"): the service starts
 * with {@code certbadge.signing.ed25519-key-file} pointing at another key than the one that made the
 * proofs before. As {@link KeyRotationRestartTest} does for the JWT key, each test first signs with the
 * old key and then runs what a start does with the configured file.
 */
@QuarkusTest
@TestProfile(RotatedKeyProfile.class)
class DataIntegrityKeyRotationTest {

    /** The Ed25519 key that made the proofs before the restart. */
    private static final Path OLD_KEY = Path.of("keys-example/ed25519.pem");

    @ConfigProperty(name = "certbadge.signing.ed25519-key-file")
    Path configuredKey;

    @Inject
    DataIntegrityKeys keys;

    @Inject
    DataIntegrityKeyRepository keyRepository;

    @Inject
    CredentialEventRepository events;

    @Test
    void shouldKeepVerifyingTheOldKeysProofsAndPublishBothKeys() {
        keys.activate(Ed25519KeyLoader.load(OLD_KEY));
        String before = Issuing.issue(Records.valid());
        restartWithTheConfiguredKey();
        String after = Issuing.issue(Records.valid());

        String methodBefore = proofOf(before).getString("verificationMethod");
        String methodAfter = proofOf(after).getString("verificationMethod");
        assertNotEquals(methodBefore, methodAfter, "the new key signs under a key id of its own");
        assertTrue(methodAfter.endsWith("#" + keys.active().keyId()), "the configured key now signs: " + methodAfter);
        for (String id : List.of(before, after)) {
            String json = given().when().get("/credentials/" + id).then().statusCode(200).extract().asString();
            given().contentType(ContentType.JSON).body(json).when().post("/verify").then().statusCode(200)
                    .body("status", equalTo("VALID"))
                    .body("checks.find { it.check == 'signature' }.detail", startsWith("the Data Integrity proof"));
        }
        List<String> published = given().when().get("/.well-known/did.json").then().statusCode(200)
                .extract().path("verificationMethod.findAll { it.type == 'Multikey' }.id");
        assertTrue(published.containsAll(List.of(methodBefore, methodAfter)), "the retired key stays published: " + published);
        DataIntegrityKey old = QuarkusTransaction.requiringNew().call(() -> keyRepository
                .findByPublicKey(Ed25519KeyLoader.load(OLD_KEY).publicKeyMultibase())).orElseThrow();
        assertNotNull(old.retiredAt, "the old key signs nothing more");
    }

    @Test
    void shouldRecordTheActivationInTheAuditTrail() {
        keys.activate(Ed25519KeyLoader.load(OLD_KEY));
        String oldKeyId = keys.active().keyId();
        restartWithTheConfiguredKey();

        CredentialEvent latest = QuarkusTransaction.requiringNew().call(() -> events
                .find("type = ?1 and signingKeyId = ?2 order by occurredAt desc, id desc",
                        CredentialEvent.Type.KEY_ACTIVATED, keys.active().keyId()).firstResult());
        assertNotNull(latest, "the activation was recorded");
        assertTrue(latest.detail.contains("now signs the Data Integrity proofs"), latest.detail);
        assertTrue(latest.detail.contains("retired (still published): " + oldKeyId), latest.detail);
    }

    /** A test that failed half way would leave the old key signing for the next one. */
    @AfterEach
    void backToTheConfiguredKey() {
        restartWithTheConfiguredKey();
    }

    private void restartWithTheConfiguredKey() {
        keys.activate(Ed25519KeyLoader.load(configuredKey));
    }

    private static JsonObject proofOf(String id) {
        return JsonP.object(given().when().get("/credentials/" + id).then().statusCode(200).extract().asString())
                .getJsonArray("proof").getJsonObject(0);
    }
}
