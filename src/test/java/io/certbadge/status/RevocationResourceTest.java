package io.certbadge.status;

import io.certbadge.support.ApiKeysForTests;
import io.certbadge.support.Issuing;
import io.certbadge.support.Records;
import io.certbadge.support.Revoking;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

@QuarkusTest
class RevocationResourceTest {

    @Test
    void shouldRevokeAndAnswerOnlyTheRevocationNotTheRecordOrTheEmailAddress() {
        var issued = Issuing.post(Records.valid()).statusCode(201).extract();
        String id = issued.path("id");
        var answer = Revoking.revoke(id, "Certified in error")
                .contentType(ContentType.JSON)
                .body("id", equalTo(id))
                .body("status", equalTo("REVOKED"))
                .body("reason", equalTo("Certified in error"))
                .body("revokedAt", notNullValue())
                .extract();
        Map<String, Object> body = answer.as(Map.class);
        assertEquals(Set.of("id", "status", "revokedAt", "reason"), body.keySet(), "a short body: " + body);
        assertFalse(answer.asString().contains("@example.com"), "no e-mail address in the answer");

        given().header("Authorization", ApiKeysForTests.bearer(ApiKeysForTests.READER))
                .when().get("/api/v1/credentials/" + id)
                .then().statusCode(200)
                .body("status", equalTo("REVOKED"))
                .body("revokedAt", equalTo(answer.path("revokedAt")))
                .body("revocationReason", equalTo("Certified in error"))
                .body("revokedBy", equalTo("test-revoker"));
    }

    @Test
    void shouldKeepTheFirstDateAndReasonWhenRevokedAgain() {
        String id = Issuing.issue(Records.valid());
        String first = Revoking.revoke(id, "Certified in error").extract().path("revokedAt");
        Revoking.revoke(id, "Another reason")
                .body("status", equalTo("REVOKED"))
                .body("revokedAt", equalTo(first))
                .body("reason", equalTo("Certified in error"));
    }

    @Test
    void shouldRequireAReason() {
        String id = Issuing.issue(Records.valid());
        for (String body : new String[] {"{}", "{\"reason\": \"   \"}", "{\"reason\": null}", "null"}) {
            Revoking.post(id, body)
                    .statusCode(422).contentType("application/problem+json")
                    .body("type", equalTo("urn:certbadge:problem:revocation-rejected"))
                    .body("status", equalTo(422))
                    .body("errors[0].field", equalTo("reason"));
        }
        Revoking.post(id, "{\"reason\": \"" + "x".repeat(501) + "\"}")
                .statusCode(422).body("errors[0].field", equalTo("reason"));
        given().header("Authorization", ApiKeysForTests.bearer(ApiKeysForTests.READER))
                .when().get("/api/v1/credentials/" + id)
                .then().statusCode(200).body("status", equalTo("ACTIVE")).body("revokedAt", nullValue());
    }

    @Test
    void shouldAnswerMalformedJsonWith400AndUnknownIdWith404() {
        String id = Issuing.issue(Records.valid());
        Revoking.post(id, "{\"reason\": ").statusCode(400).contentType("application/problem+json");
        Revoking.post("AAAAAAAAAAAAAAAAAAAAAA", "{\"reason\": \"x\"}").statusCode(404).contentType("application/problem+json");
        Revoking.post("not-an-id", "{\"reason\": \"x\"}").statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldNeedTheRevokeScope() {
        String id = Issuing.issue(Records.valid());
        String path = "/api/v1/credentials/" + id + "/revocation";
        given().contentType(ContentType.JSON).body("{\"reason\": \"x\"}").when().post(path)
                .then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer wrong-key").contentType(ContentType.JSON).body("{\"reason\": \"x\"}")
                .when().post(path).then().statusCode(401);
        for (String key : new String[] {ApiKeysForTests.ISSUER, ApiKeysForTests.READER}) {
            given().header("Authorization", ApiKeysForTests.bearer(key)).contentType(ContentType.JSON)
                    .body("{\"reason\": \"x\"}").when().post(path)
                    .then().statusCode(403).contentType("application/problem+json");
        }
        given().header("Authorization", ApiKeysForTests.bearer(ApiKeysForTests.ADMIN)).contentType(ContentType.JSON)
                .body("{\"reason\": \"by an admin\"}").when().post(path)
                .then().statusCode(200).body("status", equalTo("REVOKED"));
        given().header("Authorization", ApiKeysForTests.bearer(ApiKeysForTests.READER)).when()
                .get("/api/v1/credentials/" + id).then().body("revokedBy", equalTo("test-admin"));
    }

    @Test
    void shouldReportARevokedCredentialAsRevokedWithDateAndReasonWhileItsSignatureStillVerifies() {
        String id = Issuing.issue(Records.valid());
        String revokedAt = Revoking.revoke(id, "Evidence withdrawn").extract().path("revokedAt");
        String date = DateTimeFormatter.ISO_INSTANT.format(Instant.parse(revokedAt));
        given().accept(ContentType.JSON).when().get("/verify/" + id)
                .then().statusCode(200)
                .body("verified", equalTo(false))
                .body("status", equalTo("REVOKED"))
                .body("checks.find { it.check == 'signature' }.passed", equalTo(true))
                .body("checks.find { it.check == 'issuer' }.passed", equalTo(true))
                .body("checks.find { it.check == 'schema' }.passed", equalTo(true))
                .body("checks.find { it.check == 'status' }.passed", equalTo(false))
                .body("checks.find { it.check == 'status' }.detail", equalTo("revoked on " + date + ": Evidence withdrawn"))
                .body("checks.find { it.check == 'expiry' }.passed", equalTo(true))
                .body("credential.revokedAt", equalTo(revokedAt))
                .body("credential.revocationReason", equalTo("Evidence withdrawn"));
    }

    /** Verifiers (ours included) may keep a verified status list; a revocation must still show at once. */
    @Test
    void shouldReportRevokedRightAfterAVerificationThatSaidValid() {
        String id = Issuing.issue(Records.valid());
        given().accept(ContentType.JSON).when().get("/verify/" + id).then().body("status", equalTo("VALID"));
        Revoking.revoke(id, "Observation form was filled in by the candidate");
        given().accept(ContentType.JSON).when().get("/verify/" + id)
                .then().body("status", equalTo("REVOKED"))
                .body("checks.find { it.check == 'signature' }.passed", equalTo(true));
    }

    @Test
    void shouldFindRevokedCredentialsBySearch() {
        var record = Records.valid();
        String id = Issuing.issue(record);
        Revoking.revoke(id, "Certified in error");
        given().header("Authorization", ApiKeysForTests.bearer(ApiKeysForTests.READER))
                .queryParam("email", Records.email(record)).queryParam("status", "REVOKED")
                .when().get("/api/v1/credentials")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(id))
                .body("items[0].status", equalTo("REVOKED"));
    }
}
