package io.certbadge.issuance;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.certbadge.support.ApiKeysForTests;
import io.certbadge.support.Records;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import static io.certbadge.support.Issuing.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/**
 * The record is read exactly as sent: Jackson's lenient defaults signed credentials that said
 * something the sender did not mean (a rating of 5.9 signed as 5, "5" taken as a number, an
 * unknown property dropped, the last of two equal keys winning). Each is a 400 naming the field,
 * and nothing is issued.
 */
@QuarkusTest
class StrictRecordJsonTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void shouldRefuseAFractionalRatingInsteadOfTruncatingIt() {
        ObjectNode record = Records.valid();
        Records.task(record, "subsetDelivery").putArray("observationRatings").add(5.9).add(4).add(4);
        refused(record, "tasks.subsetDelivery.observationRatings[0]", "must be a whole number");
        ObjectNode wholeAsFloat = Records.valid();
        Records.task(wholeAsFloat, "fullDelivery").putArray("surveyRatings").add(5).add(4.0);
        refused(wholeAsFloat, "tasks.fullDelivery.surveyRatings[1]", "must be a whole number");
    }

    @Test
    void shouldRefuseNumbersSentAsStrings() {
        ObjectNode rating = Records.valid();
        Records.task(rating, "fullDelivery").putArray("surveyRatings").add("5").add(4);
        refused(rating, "tasks.fullDelivery.surveyRatings[0]", "must be a whole number");
        ObjectNode score = Records.valid();
        Records.task(score, "assessment").put("score", "92");
        refused(score, "tasks.assessment.score", "must be a whole number");
    }

    @Test
    void shouldRefuseTextFieldsSentAsNumbersAndEnumsSentAsIndexes() {
        ObjectNode name = Records.valid();
        Records.candidate(name).put("name", 42);
        refused(name, "candidate.name", "must be a string");
        ObjectNode type = Records.valid();
        Records.candidate(type).put("type", 2);
        refused(type, "candidate.type", "must be one of INTERNAL, SUBCONTRACTOR, PARTNER, TTT_CUSTOMER");
        ObjectNode date = Records.valid();
        date.put("completedOn", 20261015);
        refused(date, "completedOn", "must be a date (YYYY-MM-DD)");
    }

    @Test
    void shouldRefuseUnknownPropertiesAnywhereInTheRecord() {
        ObjectNode top = Records.valid();
        top.put("priority", "high");
        refused(top, "priority", "unknown property");
        ObjectNode nested = Records.valid();
        Records.candidate(nested).put("nickname", "Ada");
        refused(nested, "candidate.nickname", "unknown property");
    }

    @Test
    void shouldRefuseDuplicateKeysInsteadOfTakingTheLast() {
        ObjectNode record = Records.valid();
        String json = record.toString();
        String top = json.replaceFirst("\\{", "{\"achievement\":\"kubernetes-admin\",");
        refusedJson(top, Records.email(record), "achievement");
        String nested = json.replaceFirst("\"candidate\":\\{", "\"candidate\":{\"name\":\"Mallory\",");
        refusedJson(nested, Records.email(record), "candidate.name");
        String twoDeep = Records.valid().toString();
        refusedJson(twoDeep.replaceFirst("\"observer\":\"Grace Hopper\"", "\"observer\":\"Grace Hopper\",\"observer\":\"X\""),
                null, "tasks.subsetDelivery.observer");
    }

    @Test
    void shouldStillIssueAStrictlyWellFormedRecord() {
        post(Records.valid()).statusCode(201);
    }

    private static void refused(ObjectNode record, String field, String message) {
        refusedJson(record.toString(), Records.email(record), field)
                .body("errors[0].message", equalTo(message));
    }

    private static ValidatableResponse refusedJson(String json, String email, String field) {
        ValidatableResponse response = given().header("Authorization", ApiKeysForTests.bearer(ApiKeysForTests.ISSUER))
                .contentType(ContentType.JSON).body(json)
                .when().post("/api/v1/credentials")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo(field))
                .body("detail", containsString("'" + field + "'"))
                .body("detail", not(containsString("com.fasterxml")))
                .body("detail", not(containsString("java.")));
        if (email != null) {
            given().header("Authorization", ApiKeysForTests.bearer(ApiKeysForTests.READER))
                    .queryParam("email", email).when().get("/api/v1/credentials")
                    .then().statusCode(200).body("items", hasSize(0));
        }
        return response;
    }
}
