package io.certbadge.audit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.certbadge.support.ApiKeysForTests;
import io.certbadge.support.Records;
import io.certbadge.support.Revoking;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class CredentialEventResourceTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Inject
    CredentialEventRepository events;

    @Test
    void shouldListEveryEventOfACredentialOldestFirstWithKeyAndRequestId() {
        ObjectNode record = Records.valid();
        String id = issue(record, "req-issue-1").statusCode(201).extract().path("id");
        issue(record, "req-repeat-2").statusCode(200);
        ObjectNode changed = record.deepCopy();
        Records.candidate(changed).put("name", "Somebody Else");
        issue(changed, "req-conflict-3").statusCode(409);
        given().header("X-Request-Id", "req-revoke-4").header("Authorization", ApiKeysForTests.bearer(ApiKeysForTests.REVOKER))
                .contentType(ContentType.JSON).body("{\"reason\": \"Certified in error\"}")
                .when().post("/api/v1/credentials/" + id + "/revocation").then().statusCode(200);
        Revoking.revoke(id, "again");

        String body = read().when().get("/api/v1/credentials/" + id + "/events")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("type", equalTo(List.of("ISSUED", "ISSUE_REPEATED", "ISSUE_CONFLICT", "REVOKED", "REVOCATION_REPEATED")))
                .body("apiKey", equalTo(List.of("test-issuer", "test-issuer", "test-issuer", "test-revoker", "test-revoker")))
                .body("requestId[0..3]", equalTo(List.of("req-issue-1", "req-repeat-2", "req-conflict-3", "req-revoke-4")))
                .body("requestId[4]", matchesPattern(UUID_PATTERN))
                .body("recordId", everyItem(equalTo(record.get("recordId").asText())))
                .body("credentialId", everyItem(equalTo(id)))
                .body("occurredAt", everyItem(notNullValue()))
                .body("[3].detail", equalTo("reason: Certified in error"))
                .extract().asString();
        assertFalse(body.contains(Records.email(record)), "no e-mail address in the audit trail: " + body);
    }

    @Test
    void shouldRecordARefusedRecordAlthoughNothingElseIsStored() {
        ObjectNode record = Records.valid();
        Records.ratings(record, "fullDelivery", "surveyRatings", 2, 2, 2);
        issue(record, "req-refused-1").statusCode(422);
        String recordId = record.get("recordId").asText();

        List<CredentialEvent> trail = QuarkusTransaction.requiringNew().call(() -> events.forRecord(recordId));
        assertEquals(1, trail.size(), "one event for the refusal");
        CredentialEvent refusal = trail.get(0);
        assertEquals(CredentialEvent.Type.ISSUE_REFUSED, refusal.type);
        assertEquals("test-issuer", refusal.apiKeyName);
        assertEquals("req-refused-1", refusal.requestId);
        assertNull(refusal.credentialPublicId, "nothing was issued");
        assertTrue(refusal.detail.startsWith("422 urn:certbadge:problem:record-rejected; fields: "), refusal.detail);
        assertTrue(refusal.detail.contains("tasks.fullDelivery.surveyRatings"), refusal.detail);
        assertFalse(refusal.detail.contains(Records.email(record)), refusal.detail);
        read().queryParam("email", Records.email(record)).when().get("/api/v1/credentials")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void shouldRecordAnUnknownAchievementAsARefusal() {
        ObjectNode record = Records.valid();
        record.put("achievement", "no-such-course");
        issue(record, null).statusCode(422);
        List<CredentialEvent> trail = QuarkusTransaction.requiringNew()
                .call(() -> events.forRecord(record.get("recordId").asText()));
        assertEquals(List.of(CredentialEvent.Type.ISSUE_REFUSED), trail.stream().map(e -> e.type).toList());
        assertTrue(trail.get(0).detail.contains("unknown-achievement"), trail.get(0).detail);
        assertTrue(trail.get(0).requestId.matches(UUID_PATTERN), "a generated request id: " + trail.get(0).requestId);
    }

    @Test
    void shouldNeedTheReadScopeAndAnswer404ForAnUnknownCredential() {
        given().when().get("/api/v1/credentials/AAAAAAAAAAAAAAAAAAAAAA/events").then().statusCode(401);
        given().header("Authorization", ApiKeysForTests.bearer(ApiKeysForTests.ISSUER))
                .when().get("/api/v1/credentials/AAAAAAAAAAAAAAAAAAAAAA/events").then().statusCode(403);
        read().when().get("/api/v1/credentials/AAAAAAAAAAAAAAAAAAAAAA/events")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldEchoASaneRequestIdAndReplaceAnythingElse() {
        given().header("X-Request-Id", "abc.DEF_1-2").when().get("/issuer")
                .then().statusCode(200).header("X-Request-Id", equalTo("abc.DEF_1-2"));
        for (String insane : new String[] {"two words", "x".repeat(65), "<script>", ""}) {
            given().header("X-Request-Id", insane).when().get("/issuer")
                    .then().statusCode(200).header("X-Request-Id", matchesPattern(UUID_PATTERN));
        }
        String generated = given().when().get("/issuer").then().extract().header("X-Request-Id");
        given().when().get("/issuer").then().header("X-Request-Id", matchesPattern(UUID_PATTERN))
                .header("X-Request-Id", not(equalTo(generated)));
    }

    @Test
    void shouldSendTheRequestIdOnErrorsAndInTheProblemBody() {
        given().header("X-Request-Id", "on-404").when().get("/no/such/page" + UUID.randomUUID())
                .then().statusCode(404).header("X-Request-Id", equalTo("on-404"))
                .body("instance", equalTo("urn:certbadge:request:on-404"));
        given().header("X-Request-Id", "on-401").when().get("/api/v1/credentials")
                .then().statusCode(401).header("X-Request-Id", equalTo("on-401"))
                .body("instance", equalTo("urn:certbadge:request:on-401"));
        given().header("X-Request-Id", "on-413").header("Authorization", ApiKeysForTests.bearer(ApiKeysForTests.ISSUER))
                .contentType(ContentType.JSON).body("[" + "0,".repeat(600_000) + "0]")
                .when().post("/api/v1/credentials")
                .then().statusCode(413).header("X-Request-Id", equalTo("on-413"));
    }

    private static ValidatableResponse issue(ObjectNode record, String requestId) {
        RequestSpecification request = given().header("Authorization", ApiKeysForTests.bearer(ApiKeysForTests.ISSUER));
        if (requestId != null) {
            request.header("X-Request-Id", requestId);
        }
        return request.contentType(ContentType.JSON).body(record.toString()).when().post("/api/v1/credentials").then();
    }

    private static RequestSpecification read() {
        return given().header("Authorization", ApiKeysForTests.bearer(ApiKeysForTests.READER));
    }
}
