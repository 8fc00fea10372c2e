package io.certbadge.signing;

import com.nimbusds.jose.JWSObject;
import io.certbadge.support.Issuing;
import io.certbadge.support.PublishedKeys;
import io.certbadge.support.Records;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Activating a new key (what a restart with a new key file does) keeps old credentials verifying.
 * Runs in a service of its own ({@link RotatedKeyProfile}), so switching keys here never changes
 * the key another test class sees.
 */
@QuarkusTest
@TestProfile(RotatedKeyProfile.class)
class KeyRotationTest {

    @Inject
    KeyRegistry keys;

    @ParameterizedTest(name = "to {1}")
    @CsvSource({"keys-example/rsa-2048.pem, RS256", "keys-example/ec-p256.pem, ES256"})
    void shouldKeepCredentialsOfARetiredKeyVerifying(String newKey, String alg) throws Exception {
        KeyMaterial original = keys.active().material();
        String before = Issuing.post(Records.valid()).statusCode(201).extract().path("id");
        try {
            keys.activate(PemKeyLoader.load(Path.of(newKey)));
            var after = Issuing.post(Records.valid()).statusCode(201).extract();
            String kidBefore = kidOf(given().when().get("/credentials/" + before + "/jwt").asString());
            String kidAfter = kidOf(after.path("credentialJwt"));
            assertNotEquals(kidBefore, kidAfter, "a new key gets a new kid");
            assertEquals(alg, JWSObject.parse((String) after.path("credentialJwt")).getHeader().getAlgorithm().getName());

            List<String> published = given().when().get("/.well-known/jwks.json").then().extract().path("keys.kid");
            assertTrue(published.containsAll(List.of(kidBefore, kidAfter)), "both keys stay published: " + published);
            for (String id : List.of(before, (String) after.path("id"))) {
                given().accept(ContentType.JSON).when().get("/verify/" + id)
                        .then().statusCode(200).body("status", equalTo("VALID"));
                assertTrue(PublishedKeys.verifies(given().when().get("/credentials/" + id + "/jwt").asString()));
            }
        } finally {
            keys.activate(original);
        }
    }

    @Test
    void shouldReuseTheKidWhenTheSameKeyComesBack() {
        String keyId = keys.active().keyId();
        KeyMaterial original = keys.active().material();
        try {
            keys.activate(PemKeyLoader.load(Path.of("keys-example/ec-p256.pem")));
            assertNotEquals(keyId, keys.active().keyId());
        } finally {
            keys.activate(original);
        }
        assertEquals(keyId, keys.active().keyId(), "a key keeps its one kid; no kid ever names another key");
    }

    private static String kidOf(String jwt) throws Exception {
        return JWSObject.parse(jwt).getHeader().getKeyID();
    }
}
