package io.certbadge.delivery;

import io.certbadge.support.ApiKeysForTests;
import io.certbadge.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.certbadge.delivery.Webhooks.admin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The admin API of the certification system's webhook endpoints: register, list, read, remove. */
@QuarkusTest
class WebhookResourceTest {

    private static final String BODY = "{\"url\": \"https://certification.example.com/hook\", "
            + "\"events\": [\"credential.issued\", \"credential.revoked\"]}";

    @Test
    void shouldRegisterAnEndpointAndShowItsSecretOnlyOnce() {
        var created = admin().body("{\"url\": \"http://127.0.0.1:9/hooks/certbadge\", "
                        + "\"events\": [\"credential.revoked\", \"credential.issued\"]}")
                .when().post("/api/v1/webhooks")
                .then().statusCode(201).contentType(ContentType.JSON).extract();
        JsonPath json = created.jsonPath();
        String id = json.getString("id");
        try {
            assertEquals("/api/v1/webhooks/" + id, java.net.URI.create(created.header("Location")).getPath());
            assertEquals(List.of("id", "url", "events", "secret", "createdAt"), List.copyOf(json.getMap("$").keySet()));
            assertEquals("http://127.0.0.1:9/hooks/certbadge", json.getString("url"));
            assertEquals(List.of("credential.issued", "credential.revoked"), json.getList("events"));
            assertEquals(TestClock.START.toString(), json.getString("createdAt"));
            String secret = json.getString("secret");
            assertTrue(secret.startsWith("whsec_"), secret);
            assertTrue(Base64.getDecoder().decode(secret.substring(6)).length >= 24, "at least 24 random bytes: " + secret);

            String listed = admin().when().get("/api/v1/webhooks").then().statusCode(200)
                    .body("id", hasItem(id)).extract().asString();
            assertFalse(listed.contains(secret) || listed.contains("secret"), "the list never shows a secret: " + listed);
            String one = admin().when().get("/api/v1/webhooks/" + id).then().statusCode(200)
                    .body("id", equalTo(id)).body("events", equalTo(List.of("credential.issued", "credential.revoked")))
                    .extract().asString();
            assertFalse(one.contains("secret"), one);
            assertEquals(List.of(), Webhooks.deliveries(id), "nothing delivered yet");
        } finally {
            Webhooks.remove(id);
        }
        admin().when().get("/api/v1/webhooks").then().statusCode(200).body("id", not(hasItem(id)));
        admin().when().get("/api/v1/webhooks/" + id).then().statusCode(404);
    }

    @Test
    void shouldGiveEveryEndpointItsOwnIdAndSecret() {
        JsonPath a = Webhooks.register("http://127.0.0.1:9/a", "credential.issued");
        JsonPath b = Webhooks.register("http://127.0.0.1:9/a", "credential.issued");
        try {
            assertNotEquals(a.getString("id"), b.getString("id"));
            assertNotEquals(a.getString("secret"), b.getString("secret"));
        } finally {
            Webhooks.remove(a.getString("id"));
            Webhooks.remove(b.getString("id"));
        }
    }

    @Test
    void shouldAnswer404ForAnUnknownEndpoint() {
        for (String id : List.of("AAAAAAAAAAAAAAAAAAAAAA", "not-an-id")) {
            admin().when().delete("/api/v1/webhooks/" + id).then().statusCode(404).contentType("application/problem+json");
            admin().when().get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(404)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void shouldRefuseCallersWithoutTheAdminScope() {
        for (String key : List.of(ApiKeysForTests.ISSUER, ApiKeysForTests.READER, ApiKeysForTests.REVOKER)) {
            given().header("Authorization", ApiKeysForTests.bearer(key)).contentType(ContentType.JSON).body(BODY)
                    .when().post("/api/v1/webhooks").then().statusCode(403).contentType("application/problem+json");
            given().header("Authorization", ApiKeysForTests.bearer(key)).when().get("/api/v1/webhooks")
                    .then().statusCode(403);
        }
        given().contentType(ContentType.JSON).body(BODY).when().post("/api/v1/webhooks").then().statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"));
        given().when().get("/api/v1/webhooks").then().statusCode(401);
        given().when().get("/api/v1/webhooks/AAAAAAAAAAAAAAAAAAAAAA").then().statusCode(401);
        given().when().delete("/api/v1/webhooks/AAAAAAAAAAAAAAAAAAAAAA").then().statusCode(401);
        given().when().get("/api/v1/webhooks/AAAAAAAAAAAAAAAAAAAAAA/deliveries").then().statusCode(401);
        given().header("Authorization", ApiKeysForTests.bearer(ApiKeysForTests.ISSUER))
                .when().delete("/api/v1/webhooks/AAAAAAAAAAAAAAAAAAAAAA").then().statusCode(403);
        given().header("Authorization", ApiKeysForTests.bearer(ApiKeysForTests.READER))
                .when().get("/api/v1/webhooks/AAAAAAAAAAAAAAAAAAAAAA/deliveries").then().statusCode(403);
        given().header("Authorization", "Bearer no-such-key").when().get("/api/v1/webhooks").then().statusCode(401);
    }

    @Test
    void shouldRefuseAnInvalidEndpointWith422NamingEveryField() {
        admin().body("{\"url\": \"ftp://certification.example.com/hook\", \"events\": [\"credential.deleted\"]}")
                .when().post("/api/v1/webhooks")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:certbadge:problem:webhook-rejected"))
                .body("errors.field", equalTo(List.of("url", "events")))
                .body("errors[1].message", containsString("credential.deleted"));
        for (String body : List.of("{\"url\": \"/relative/hook\", \"events\": [\"credential.issued\"]}",
                "{\"url\": \"https://user:secret@certification.example.com/hook\", \"events\": [\"credential.issued\"]}",
                "{\"events\": [\"credential.issued\"]}")) {
            admin().body(body).when().post("/api/v1/webhooks")
                    .then().statusCode(422).body("errors.field", equalTo(List.of("url")));
        }
        for (String body : List.of("{\"url\": \"https://certification.example.com/hook\", \"events\": []}",
                "{\"url\": \"https://certification.example.com/hook\"}")) {
            admin().body(body).when().post("/api/v1/webhooks")
                    .then().statusCode(422).body("errors.field", equalTo(List.of("events")));
        }
        admin().when().get("/api/v1/webhooks").then().statusCode(200)
                .body("url", not(hasItem("https://certification.example.com/hook")));
    }

    @Test
    void shouldRefuseMalformedJsonWith400() {
        admin().body("{\"url\": \"https://certification.example.com/hook\", \"events\": [\"credential.issued\"], "
                + "\"secret\": \"whsec_mine\"}").when().post("/api/v1/webhooks")
                .then().statusCode(400).contentType("application/problem+json");
        admin().body("{\"url\": 42, \"events\": [\"credential.issued\"]}").when().post("/api/v1/webhooks")
                .then().statusCode(400);
        admin().body(Map.of("url", "https://certification.example.com/hook", "events", "credential.issued"))
                .when().post("/api/v1/webhooks").then().statusCode(400);
        admin().body("{\"url\": \"https://x.example/\",").when().post("/api/v1/webhooks").then().statusCode(400);
    }
}
