package io.certbadge.signing;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class KeysResourceTest {

    @ConfigProperty(name = "certbadge.public-base-url")
    String base;

    @Test
    void shouldPublishEveryKeyInTheJwksByKidUrl() {
        JsonPath jwks = given().when().get("/.well-known/jwks.json").then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> keys = jwks.getList("keys");
        assertTrue(!keys.isEmpty());
        for (Map<String, Object> key : keys) {
            assertTrue(((String) key.get("kid")).startsWith(base + "/keys/"), key.toString());
            assertTrue(!key.containsKey("d"), "no private part: " + key);
        }
    }

    @Test
    void shouldServeOneJwkAtItsKidUrl() {
        String kid = given().when().get("/.well-known/jwks.json").then().extract().path("keys[0].kid");
        given().when().get(kid.substring(base.length()))
                .then().statusCode(200)
                .contentType(containsString("json"))
                .body("kid", equalTo(kid))
                .body("d", nullValue())
                .body("use", equalTo("sig"));
    }

    @Test
    void shouldAnswerUnknownKeyWith404Problem() {
        given().when().get("/keys/AAAAAAAAAAAAAAAAAAAAAA")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldPublishTheSameKeysInTheDidDocument() {
        String kid = given().when().get("/.well-known/jwks.json").then().extract().path("keys[0].kid");
        String keyId = kid.substring(kid.lastIndexOf('/') + 1);
        String did = "did:web:" + base.replaceFirst("https?://", "").replace(":", "%3A");
        given().when().get("/.well-known/did.json")
                .then().statusCode(200)
                .body("id", equalTo(did))
                .body("verificationMethod.id", hasItem(did + "#" + keyId))
                .body("assertionMethod", hasItem(did + "#" + keyId));
    }
}
