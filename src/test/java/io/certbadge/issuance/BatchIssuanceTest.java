package io.certbadge.issuance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.certbadge.support.ApiKeysForTests;
import io.certbadge.support.Records;
import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static io.certbadge.support.Issuing.issue;
import static io.certbadge.support.Issuing.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code POST /api/v1/credentials/batch} (CONTRACT "Batch issuing"): every record answered as
 * {@code POST /api/v1/credentials} would answer it alone, in request order, in one 200.
 */
@QuarkusTest
class BatchIssuanceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    IssuanceService issuance;

    @Test
    void shouldAnswerEveryRecordAsTheSingleIssueCallWouldInRequestOrder() {
        ObjectNode good = Records.valid();
        ObjectNode ruleBreaking = Records.valid();
        Records.ratings(ruleBreaking, "fullDelivery", "surveyRatings", 4, 4, 3, 4, 3);
        ObjectNode repeated = Records.valid();
        String earlierId = issue(repeated);
        ObjectNode conflicting = Records.valid();
        String conflictingId = issue(conflicting);
        Records.candidate(conflicting).put("name", "Ada King");
        ObjectNode stringRating = Records.valid();
        Records.task(stringRating, "fullDelivery").putArray("surveyRatings").add("5").add(4);
        ObjectNode unknownProperty = Records.valid();
        Records.candidate(unknownProperty).put("nickname", "Ada");
        ObjectNode alsoGood = Records.valid(Records.INTERNAL_NO_ASSESSMENT);

        ValidatableResponse answer = postBatch(batch(good, ruleBreaking, repeated, conflicting, stringRating,
                unknownProperty, alsoGood))
                .statusCode(200).contentType(ContentType.JSON)
                .body("results.index", equalTo(List.of(0, 1, 2, 3, 4, 5, 6)))
                .body("results.status", equalTo(List.of(201, 422, 200, 409, 400, 400, 201)))
                .body("results.recordId", equalTo(List.of(good, ruleBreaking, repeated, conflicting, stringRating,
                        unknownProperty, alsoGood).stream().map(r -> r.get("recordId").asText()).toList()))
                .body("summary.issued", equalTo(2))
                .body("summary.repeated", equalTo(1))
                .body("summary.rejected", equalTo(4))

                .body("results[0].credential.status", equalTo("ACTIVE"))
                .body("results[0].credential.credentialJwt", startsWith("eyJ"))
                .body("results[0].credential.credential.type", equalTo(List.of("VerifiableCredential", "OpenBadgeCredential")))
                .body("results[0].problem", nullValue())

                .body("results[1].credential", nullValue())
                .body("results[1].problem.type", equalTo("urn:certbadge:problem:record-rejected"))
                .body("results[1].problem.status", equalTo(422))
                .body("results[1].problem.errors.field", equalTo(List.of("tasks.fullDelivery.surveyRatings")))
                .body("results[1].problem.errors[0].message", equalTo("average 3.6 is below 4.0"))

                .body("results[2].credential.id", equalTo(earlierId))

                .body("results[3].problem.type", equalTo("urn:certbadge:problem:conflict"))
                .body("results[3].problem.detail", containsString(conflictingId))

                .body("results[4].problem.type", equalTo("urn:certbadge:problem:malformed-request"))
                .body("results[4].problem.errors.field", equalTo(List.of("tasks.fullDelivery.surveyRatings[0]")))
                .body("results[4].problem.errors[0].message", equalTo("must be a whole number"))
                .body("results[5].problem.errors.field", equalTo(List.of("candidate.nickname")))
                .body("results[5].problem.errors[0].message", equalTo("unknown property"))
                .body("results[5].problem.detail", not(containsString("com.fasterxml")));
        String requestId = answer.extract().header("X-Request-Id");
        for (int rejected : List.of(1, 3, 4, 5)) {
            answer.body("results[" + rejected + "].problem.instance", equalTo("urn:certbadge:request:" + requestId));
        }

        String goodId = answer.extract().path("results[0].credential.id");
        String alsoGoodId = answer.extract().path("results[6].credential.id");
        for (String id : List.of(goodId, alsoGoodId)) {
            given().header("Authorization", ApiKeysForTests.bearer(ApiKeysForTests.READER))
                    .when().get("/api/v1/credentials/" + id)
                    .then().statusCode(200).body("issuedBy", equalTo("test-issuer"));
        }
        for (ObjectNode rejected : List.of(ruleBreaking, stringRating, unknownProperty)) {
            assertCredentialsStoredFor(rejected, 0);
        }
        assertCredentialsStoredFor(repeated, 1);
        assertCredentialsStoredFor(conflicting, 1);
    }

    @Test
    void shouldAnswerARepeatedRecordIdWithinOneBatchAsARepeatOfItsFirstOccurrence() {
        ObjectNode record = Records.valid();
        ValidatableResponse answer = postBatch(batch(record, record)).statusCode(200)
                .body("results.status", equalTo(List.of(201, 200)))
                .body("summary.issued", equalTo(1))
                .body("summary.repeated", equalTo(1));
        assertEquals((String) answer.extract().path("results[0].credential.id"), answer.extract().path("results[1].credential.id"));
        post(record).statusCode(200).body("id", equalTo(answer.extract().path("results[0].credential.id")));
    }

    @Test
    void shouldAnswerAnItemThatIsNoObjectWithA400ForThatIndexOnly() {
        ObjectNode good = Records.valid();
        ArrayNode records = JSON.createArrayNode().add("CT-2026-0042").add(good).addNull().add(42);
        postBatch(JSON.createObjectNode().set("records", records).toString()).statusCode(200)
                .body("results.status", equalTo(List.of(400, 201, 400, 400)))
                .body("results[0].problem.errors.field", equalTo(List.of("records[0]")))
                .body("results[0].recordId", nullValue())
                .body("summary.rejected", equalTo(3));
        assertCredentialsStoredFor(good, 1);
    }

    @Test
    void shouldReportAnUnexpectedFailureOfOneRecordAsA500WithOnlyACorrelationIdAndIssueTheOthers() {
        ObjectNode before = Records.valid();
        ObjectNode failing = Records.valid();
        ObjectNode after = Records.valid();
        String failingId = failing.get("recordId").asText();
        IssuanceService real = ClientProxy.unwrap(issuance);
        QuarkusMock.installMockForType(new IssuanceService(null, null, null, null, null, null, null) {
            @Override
            public Outcome issue(CertificationRecord record, String apiKeyName) {
                if (record.recordId().equals(failingId)) {
                    throw new IllegalStateException("the database went away (a test's failure)");
                }
                return real.issue(record, apiKeyName);
            }
        }, IssuanceService.class);

        String requestId = postBatch(batch(before, failing, after)).statusCode(200)
                .body("results.status", equalTo(List.of(201, 500, 201)))
                .body("results[1].recordId", equalTo(failingId))
                .body("results[1].problem.type", equalTo("urn:certbadge:problem:internal-error"))
                .body("results[1].problem.detail", not(containsString("database")))
                .body("results[1].problem.detail", not(containsString("IllegalState")))
                .body("summary.issued", equalTo(2))
                .body("summary.rejected", equalTo(1))
                .extract().header("X-Request-Id");
        postBatch(batch(failing)).statusCode(200).body("results[0].problem.correlationId", not(nullValue()));
        given().header("Authorization", ApiKeysForTests.bearer(ApiKeysForTests.ISSUER)).header("X-Request-Id", "batch-42")
                .contentType(ContentType.JSON).body(batch(failing))
                .when().post("/api/v1/credentials/batch")
                .then().statusCode(200).body("results[0].problem.correlationId", equalTo("batch-42"));
        assertEquals(36, requestId.length(), "a request id of our own: " + requestId);
        assertCredentialsStoredFor(failing, 0);
    }

    @Test
    void shouldRefuseMoreThanAThousandRecordsWholeAndStoreNothing() {
        List<ObjectNode> records = IntStream.range(0, 1001).mapToObj(i -> Records.valid()).toList();
        postBatch(batch(records.toArray(ObjectNode[]::new)))
                .statusCode(413).contentType(PROBLEM)
                .body("type", equalTo("urn:certbadge:problem:payload-too-large"))
                .body("detail", containsString("1001 records; at most 1000"));
        assertCredentialsStoredFor(records.get(0), 0);
        assertCredentialsStoredFor(records.get(1000), 0);
    }

    @Test
    void shouldIssueAFullBatchOfAThousandRecords() throws Exception {
        List<ObjectNode> records = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            records.add(Records.valid(Records.ALL[i % Records.ALL.length]));
        }
        // every record is signed one after the other: tens of seconds, past the tests' default 30 s read timeout
        String body = given().config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.socket.timeout", (int) Duration.ofMinutes(5).toMillis())))
                .header("Authorization", ApiKeysForTests.bearer(ApiKeysForTests.ISSUER))
                .contentType(ContentType.JSON).body(batch(records.toArray(ObjectNode[]::new)))
                .when().post("/api/v1/credentials/batch")
                .then().statusCode(200).extract().asString();
        JsonNode answer = JSON.readTree(body);
        assertEquals(JSON.readTree("{\"issued\": 1000, \"repeated\": 0, \"rejected\": 0}"), answer.get("summary"));
        for (int i = 0; i < 1000; i++) {
            JsonNode result = answer.get("results").get(i);
            assertEquals(i, result.get("index").asInt());
            assertEquals(records.get(i).get("recordId").asText(), result.get("recordId").asText());
            assertEquals(201, result.get("status").asInt(), () -> result.toString());
        }
        assertCredentialsStoredFor(records.get(999), 1);
    }

    @Test
    void shouldRefuseABodyThatIsNoBatchWhole() {
        for (String body : List.of("[]", "{}", "{\"records\": null}", "{\"records\": {}}", "{\"record\": []}",
                "{\"records\": [], \"dryRun\": true}", "{\"records\": [")) {
            postBatch(body).statusCode(400).contentType(PROBLEM)
                    .body("type", equalTo("urn:certbadge:problem:malformed-request"));
        }
        postBatch("{\"record\": []}").body("errors.field", equalTo(List.of("record")));
    }

    @Test
    void shouldRefuseAnEmptyBatchAsUnprocessable() {
        postBatch("{\"records\": []}").statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:certbadge:problem:empty-batch"))
                .body("errors.field", equalTo(List.of("records")));
    }

    @Test
    void shouldRefuseADuplicateKeyInAnyRecordWholeNamingWhere() {
        ObjectNode good = Records.valid();
        String duplicate = Records.valid().toString()
                .replaceFirst("\"candidate\":\\{", "\"candidate\":{\"name\":\"Mallory\",");
        postBatch("{\"records\": [" + good + "," + duplicate + "]}").statusCode(400).contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("records[1].candidate.name")));
        assertCredentialsStoredFor(good, 0);
    }

    @Test
    void shouldNeedAKeyWithTheIssueScope() {
        String body = batch(Records.valid());
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/credentials/batch")
                .then().statusCode(401).contentType(PROBLEM);
        given().header("Authorization", ApiKeysForTests.bearer("not-a-key")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/credentials/batch")
                .then().statusCode(401).contentType(PROBLEM);
        given().header("Authorization", ApiKeysForTests.bearer(ApiKeysForTests.READER)).contentType(ContentType.JSON)
                .body(body).when().post("/api/v1/credentials/batch")
                .then().statusCode(403).contentType(PROBLEM)
                .body("type", equalTo("urn:certbadge:problem:forbidden"));
    }

    private static String batch(ObjectNode... records) {
        ObjectNode batch = JSON.createObjectNode();
        ArrayNode list = batch.putArray("records");
        for (ObjectNode record : records) {
            list.add(record);
        }
        return batch.toString();
    }

    private static ValidatableResponse postBatch(String body) {
        return given().header("Authorization", ApiKeysForTests.bearer(ApiKeysForTests.ISSUER))
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/credentials/batch")
                .then();
    }

    private static void assertCredentialsStoredFor(ObjectNode record, int count) {
        given().header("Authorization", ApiKeysForTests.bearer(ApiKeysForTests.READER))
                .queryParam("email", Records.email(record))
                .when().get("/api/v1/credentials")
                .then().statusCode(200)
                .body("total", equalTo(count))
                .body("items", hasSize(count));
    }
}
