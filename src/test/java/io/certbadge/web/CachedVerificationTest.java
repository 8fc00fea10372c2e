package io.certbadge.web;

import io.certbadge.support.IssuanceLogForTests;
import io.certbadge.support.Issuing;
import io.certbadge.support.Records;
import io.certbadge.support.Revoking;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * GET /verify/{id} answers from memory while nothing it depends on changed; these tests pin down
 * that a revocation still shows on the very next request, and what a cache in front may rely on.
 */
@QuarkusTest
class CachedVerificationTest {

    @Test
    void shouldShowARevocationOnTheNextRequestAfterACachedValidAnswer() {
        String id = Issuing.issue(Records.valid());
        // in the log first: an answer with the log check still open is never kept, and the sequencer
        // integrating the leaf between the two requests below would change it
        IssuanceLogForTests.integrateNow();
        ExtractableResponse<Response> json = report(id).body("status", equalTo("VALID")).extract();
        ExtractableResponse<Response> again = report(id).body("status", equalTo("VALID")).extract();
        assertEquals(json.asString(), again.asString(), "the repeated answer is the same report");
        assertEquals(json.header("ETag"), again.header("ETag"), "and carries the same ETag");
        String pageTag = page(id).body(containsString("Valid")).extract().header("ETag");
        page(id).body(containsString("Valid"));

        Revoking.revoke(id, "Certified in error");

        ExtractableResponse<Response> revoked = report(id)
                .body("status", equalTo("REVOKED"))
                .body("verified", equalTo(false))
                .body("credential.revocationReason", equalTo("Certified in error"))
                .extract();
        assertNotEquals(json.header("ETag"), revoked.header("ETag"), "a changed report has another ETag");
        String revokedPageTag = page(id).body(containsString("Revoked")).body(containsString("Certified in error"))
                .extract().header("ETag");
        assertNotEquals(pageTag, revokedPageTag, "a changed page has another ETag");
    }

    @Test
    void shouldAnswer304ToTheCurrentETagAndTheNewBodyToAnOldOne() {
        String id = Issuing.issue(Records.valid());
        IssuanceLogForTests.integrateNow(); // as above: the answer must not change on its own in between
        String etag = report(id).header("Cache-Control", equalTo("public, no-cache"))
                .header("Vary", containsString("Accept"))
                .header("ETag", startsWith("\"")).extract().header("ETag");
        given().accept("application/json").header("If-None-Match", etag)
                .when().get("/verify/" + id)
                .then().statusCode(304).header("ETag", equalTo(etag)).body(emptyString());

        Revoking.revoke(id, "Certified in error");

        given().accept("application/json").header("If-None-Match", etag)
                .when().get("/verify/" + id)
                .then().statusCode(200).body("status", equalTo("REVOKED")).header("ETag", not(equalTo(etag)));
    }

    @Test
    void shouldStillAnswer404ForAnUnknownIdInBothForms() {
        given().accept("application/json").when().get("/verify/AAAAAAAAAAAAAAAAAAAAAA")
                .then().statusCode(404).contentType("application/problem+json");
        given().accept("text/html").when().get("/verify/AAAAAAAAAAAAAAAAAAAAAA")
                .then().statusCode(404).contentType(containsString("text/html"))
                .body(containsString("Credential not found"));
    }

    private static ValidatableResponse report(String id) {
        return given().accept("application/json").when().get("/verify/" + id)
                .then().statusCode(200).contentType("application/json");
    }

    private static ValidatableResponse page(String id) {
        return given().accept("text/html").when().get("/verify/" + id)
                .then().statusCode(200).contentType(containsString("text/html"));
    }
}
