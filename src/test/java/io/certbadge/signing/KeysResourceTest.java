package io.certbadge.signing;

import io.certbadge.support.IssuerDid;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        String did = IssuerDid.of(base);
        given().when().get("/.well-known/did.json")
                .then().statusCode(200)
                .body("'@context'[0]", equalTo("https://www.w3.org/ns/did/v1"))
                .body("id", equalTo(did))
                .body("alsoKnownAs", equalTo(List.of(base + "/issuer")))
                .body("verificationMethod.find { it.id == '" + did + "#" + keyId + "' }.type", equalTo("JsonWebKey"))
                .body("verificationMethod.find { it.id == '" + did + "#" + keyId + "' }.publicKeyJwk.kid", equalTo(kid))
                .body("assertionMethod", hasItem(did + "#" + keyId));
    }

    @Test
    void shouldPublishTheEd25519KeyAsAMultikeyUnderAssertionMethod() {
        String did = IssuerDid.of(base);
        JsonPath document = given().when().get("/.well-known/did.json").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> multikeys = document.getList("verificationMethod.findAll { it.type == 'Multikey' }");

        assertFalse(multikeys.isEmpty(), "the Ed25519 key of the Data Integrity proof is published");
        for (Map<String, Object> method : multikeys) {
            assertTrue(((String) method.get("id")).startsWith(did + "#"), method.toString());
            assertEquals(did, method.get("controller"));
            assertTrue(((String) method.get("publicKeyMultibase")).startsWith("z6Mk"), method.toString());
            assertTrue(document.getList("assertionMethod").contains(method.get("id")), method + " under assertionMethod");
        }
        assertTrue(document.getList("verificationMethod.publicKeyMultibase").contains(
                Ed25519KeyLoader.load(Path.of("keys-example/ed25519.pem")).publicKeyMultibase()), "the configured key");
    }

    @Test
    void shouldServeTheDidDocumentWhereDidWebResolvesABaseWithAPathToo() {
        String atWellKnown = given().when().get("/.well-known/did.json").then().statusCode(200).extract().asString();
        given().when().get("/did.json").then().statusCode(200).body(equalTo(atWellKnown));
    }
}
