package io.certbadge.issuance;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.certbadge.support.ApiKeysForTests;
import io.certbadge.support.Records;
import io.certbadge.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.certbadge.support.Issuing.issue;
import static io.certbadge.support.Issuing.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class IssuanceResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @ConfigProperty(name = "certbadge.public-base-url")
    String base;

    @Inject
    TestClock clock;

    @Test
    void shouldIssueCredentialForCompleteRecord() {
        ObjectNode record = Records.valid();
        String id = post(record)
                .statusCode(201)
                .contentType(ContentType.JSON)
                .header("Location", matchesPattern("/api/v1/credentials/[A-Za-z0-9_-]{22}"))
                .body("status", equalTo("ACTIVE"))
                .body("achievement", equalTo("gitlab-ci-cd"))
                .body("recipientName", equalTo("Ada Lovelace"))
                .body("validUntil", nullValue())
                .body("credentialJwt", startsWith("eyJ"))
                .body("credential.type", hasItems("VerifiableCredential", "OpenBadgeCredential"))
                .extract().path("id");
        given().when().get("/api/v1/credentials/" + id).then().statusCode(401);
        post(record).statusCode(200).body("id", equalTo(id));
        given().header("Authorization", ApiKeysForTests.bearer(ApiKeysForTests.READER))
                .when().get("/api/v1/credentials/" + id)
                .then().statusCode(200)
                .body("verificationUrl", equalTo(base + "/verify/" + id))
                .body("credentialUrl", equalTo(base + "/credentials/" + id))
                .body("qrCodeUrl", equalTo(base + "/credentials/" + id + "/qr.png"))
                .body("badgeImageUrl", equalTo(base + "/credentials/" + id + "/badge.png"))
                .body("recordId", equalTo(record.get("recordId").asText()))
                .body("record.candidate.email", equalTo(Records.email(record)))
                .body("issuedBy", equalTo("test-issuer"));
    }

    @Test
    void shouldAnswerLinkedInAddToProfileLinkWithEveryValueEncoded() {
        String link = post(Records.valid()).statusCode(201).extract().path("linkedInAddToProfileUrl");
        String id = link.replaceAll(".*certId=", "");
        LocalDate today = clock.today();
        assertTrue(link.startsWith("https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME&"), link);
        assertTrue(link.contains("&name=Certified%20Trainer%3A%20GitLab%20CI%2FCD&"), link);
        assertTrue(link.contains("&organizationId=4242&"), "configured organization id is used: " + link);
        assertTrue(link.contains("&issueYear=" + today.getYear() + "&issueMonth=" + today.getMonthValue() + "&"),
                "January is month 1: " + link);
        assertTrue(!link.contains("expirationYear"), "no expiry for a course without validity: " + link);
        assertEquals(base + "/verify/" + id,
                URLDecoder.decode(link.replaceAll(".*certUrl=([^&]*).*", "$1"), StandardCharsets.UTF_8));
        assertTrue(link.contains("certUrl=" + base.replace(":", "%3A").replace("/", "%2F")), "certUrl is encoded: " + link);
    }

    @Test
    void shouldReturnSameCredentialForRepeatedRecord() {
        ObjectNode record = Records.valid();
        String first = issue(record);
        post(record).statusCode(200)
                .header("Location", equalTo("/api/v1/credentials/" + first))
                .body("id", equalTo(first));
        given().header("Authorization", ApiKeysForTests.bearer(ApiKeysForTests.READER))
                .queryParam("email", Records.email(record))
                .when().get("/api/v1/credentials")
                .then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void shouldRejectSameRecordIdWithDifferentContentAsConflict() {
        ObjectNode record = Records.valid();
        String first = issue(record);
        Records.candidate(record).put("name", "Somebody Else");
        post(record).statusCode(409)
                .contentType(PROBLEM)
                .body("status", equalTo(409))
                .body("detail", containsString(first));
    }

    @Test
    void shouldIssueConcurrentIdenticalRecordsExactlyOnce() throws Exception {
        ObjectNode record = Records.valid();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<int[]>> calls = new ArrayList<>();
            List<String> ids = java.util.Collections.synchronizedList(new ArrayList<>());
            for (int i = 0; i < 6; i++) {
                calls.add(() -> {
                    var response = post(record).extract();
                    ids.add(response.path("id"));
                    return new int[]{response.statusCode()};
                });
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<int[]> f : pool.invokeAll(calls)) {
                statuses.add(f.get()[0]);
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "exactly one 201: " + statuses);
            assertEquals(5, statuses.stream().filter(s -> s == 200).count(), "the others are idempotent 200s: " + statuses);
            assertEquals(1, Set.copyOf(ids).size(), "one credential id for all: " + ids);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldRejectRecordWithLowSurveyAverage() {
        ObjectNode record = Records.valid();
        Records.ratings(record, "fullDelivery", "surveyRatings", 4, 4, 3, 4, 3);
        post(record).statusCode(422)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:certbadge:problem:record-rejected"))
                .body("status", equalTo(422))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("tasks.fullDelivery.surveyRatings"))
                .body("errors[0].message", equalTo("average 3.6 is below 4.0"));
        assertNothingStoredFor(record);
    }

    @Test
    void shouldRejectRecordWithLowObservationAverage() {
        ObjectNode record = Records.valid();
        Records.ratings(record, "subsetDelivery", "observationRatings", 4, 3, 4, 4);
        post(record).statusCode(422)
                .body("errors.field", equalTo(List.of("tasks.subsetDelivery.observationRatings")))
                .body("errors[0].message", equalTo("average 3.75 is below 4.0"));
    }

    @Test
    void shouldAcceptAveragesExactlyAtTheThreshold() {
        ObjectNode record = Records.valid();
        Records.ratings(record, "subsetDelivery", "observationRatings", 4, 4, 4);
        Records.ratings(record, "fullDelivery", "surveyRatings", 5, 3);
        post(record).statusCode(201)
                .body("credential.credentialSubject.result.value", equalTo(List.of("4.00", "4.00")));
    }

    @Test
    void shouldReportEveryBrokenRuleAtOnce() {
        ObjectNode record = Records.valid();
        Records.tasks(record).remove("dryRun");
        Records.task(record, "shadowing").put("date", Records.taskDate(record, "subsetDelivery").plusDays(1).toString());
        Records.task(record, "assessment").put("status", "NOT_AVAILABLE");
        Records.ratings(record, "subsetDelivery", "observationRatings", 3, 3);
        Records.ratings(record, "fullDelivery", "surveyRatings", 2, 6);
        post(record).statusCode(422)
                .contentType(PROBLEM)
                .body("errors.field", hasItems("tasks.dryRun", "tasks.subsetDelivery.date", "tasks.assessment.status",
                        "tasks.subsetDelivery.observationRatings", "tasks.fullDelivery.surveyRatings[1]"))
                .body("detail", containsString("nothing was issued"));
        assertNothingStoredFor(record);
    }

    @Test
    void shouldRejectTaskDatedAfterCompletionOrInTheFuture() {
        ObjectNode record = Records.valid();
        String tomorrowEverywhere = clock.today().plusDays(2).toString();
        LocalDate completedOn = Records.date(record, "completedOn");
        Records.task(record, "fullDelivery").put("date", completedOn.plusDays(1).toString());
        Records.task(record, "resourcesReviewed").put("date", tomorrowEverywhere);
        post(record).statusCode(422)
                .body("errors.field", hasItems("tasks.fullDelivery.date", "tasks.resourcesReviewed.date"))
                .body("errors.message", hasItem("date " + completedOn.plusDays(1) + " is after completedOn (" + completedOn + ")"))
                .body("errors.message", hasItem("date " + tomorrowEverywhere + " is in the future"));
    }

    @Test
    void shouldRejectFullDeliveryBeforeSubsetDelivery() {
        ObjectNode record = Records.valid();
        Records.task(record, "fullDelivery").put("date", Records.taskDate(record, "subsetDelivery").minusDays(1).toString());
        post(record).statusCode(422)
                .body("errors.field", equalTo(List.of("tasks.fullDelivery.date")))
                .body("errors[0].message", containsString("must come after the subset delivery"));
    }

    @Test
    void shouldRejectMissingTaskAndUndatedTask() {
        ObjectNode record = Records.valid();
        Records.tasks(record).remove("resourcesReviewed");
        Records.task(record, "shadowing").remove("date");
        post(record).statusCode(422)
                .body("errors.field", hasItems("tasks.resourcesReviewed", "tasks.shadowing.date"));
    }

    @Test
    void shouldRejectUnavailableAssessmentWhereTheCourseHasOne() {
        ObjectNode record = Records.valid();
        Records.task(record, "assessment").put("status", "NOT_AVAILABLE");
        post(record).statusCode(422)
                .body("errors[0].field", equalTo("tasks.assessment.status"))
                .body("errors[0].message", containsString("must be passed"));
    }

    @Test
    void shouldIssueWithoutAssessmentWhereTheCourseHasNone() {
        post(Records.valid(Records.INTERNAL_NO_ASSESSMENT)).statusCode(201)
                .body("achievement", equalTo("project-management"));
    }

    /** Not in the catalog, or cannot even be a slug (a NUL made PostgreSQL refuse the look-up: a 500 there). */
    @ParameterizedTest
    @ValueSource(strings = {"underwater-basket-weaving", "\u0000", "gitlab-ci-cd\u0000", "gitlab ci/cd", "\u202egitlab-ci-cd"})
    void shouldRejectUnknownAchievement(String achievement) {
        ObjectNode record = Records.valid();
        record.put("achievement", achievement);
        post(record).statusCode(422)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:certbadge:problem:unknown-achievement"))
                .body("errors.field", hasItem("achievement"));
        assertNothingStoredFor(record);
    }

    /** Looked up before the rules run (a repeat is answered first), and audited when refused. */
    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "CT-2026\u0000-1", "CT-2026\n-1"})
    void shouldRejectARecordIdWithAControlCharacterAndStoreNothing(String recordId) {
        ObjectNode record = Records.valid();
        record.put("recordId", recordId);
        post(record).statusCode(422)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("recordId"));
        assertNothingStoredFor(record);
    }

    @Test
    void shouldRejectInvalidCandidateFields() {
        ObjectNode record = Records.valid();
        Records.candidate(record).put("email", "not-an-address");
        Records.candidate(record).remove("name");
        record.put("recordId", "has spaces in it");
        post(record).statusCode(422)
                .body("errors.field", hasItems("candidate.email", "candidate.name", "recordId"));
    }

    @Test
    void shouldRejectMalformedJson() {
        given().header("Authorization", ApiKeysForTests.bearer(ApiKeysForTests.ISSUER))
                .contentType(ContentType.JSON)
                .body("{\"recordId\": \"CT-1\", \"achievement\": ")
                .when().post("/api/v1/credentials")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("status", equalTo(400))
                .body("title", equalTo("Malformed request"));
    }

    @Test
    void shouldRejectWrongTypeAsMalformedNamingTheField() {
        ObjectNode record = Records.valid();
        Records.task(record, "dryRun").put("mode", "TELEPATHIC");
        post(record).statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("tasks.dryRun.mode"));
        ObjectNode badDate = Records.valid();
        badDate.put("completedOn", "15/10/2026");
        post(badDate).statusCode(400).body("errors[0].field", equalTo("completedOn"));
    }

    @Test
    void shouldRejectEmptyBody() {
        given().header("Authorization", ApiKeysForTests.bearer(ApiKeysForTests.ISSUER))
                .contentType(ContentType.JSON)
                .when().post("/api/v1/credentials")
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void shouldRejectOversizedBody() {
        String huge = "{\"recordId\": \"" + "x".repeat(1_100_000) + "\"}";
        given().header("Authorization", ApiKeysForTests.bearer(ApiKeysForTests.ISSUER))
                .contentType(ContentType.JSON)
                .body(huge)
                .when().post("/api/v1/credentials")
                .then().statusCode(413)
                .contentType(PROBLEM)
                .body("status", equalTo(413));
    }

    @Test
    void shouldRejectNonJsonContentType() {
        given().header("Authorization", ApiKeysForTests.bearer(ApiKeysForTests.ISSUER))
                .contentType(ContentType.TEXT)
                .body("recordId=1")
                .when().post("/api/v1/credentials")
                .then().statusCode(415).contentType(PROBLEM);
    }

    @Test
    void shouldRequireAnApiKey() {
        given().contentType(ContentType.JSON).body(Records.valid().toString())
                .when().post("/api/v1/credentials")
                .then().statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void shouldRejectAWrongApiKey() {
        ObjectNode record = Records.valid();
        given().header("Authorization", "Bearer not-a-real-key").contentType(ContentType.JSON).body(record.toString())
                .when().post("/api/v1/credentials")
                .then().statusCode(401).contentType(PROBLEM);
        assertNothingStoredFor(record);
    }

    @Test
    void shouldRejectAKeyWithoutTheIssueScope() {
        given().header("Authorization", ApiKeysForTests.bearer(ApiKeysForTests.READER))
                .contentType(ContentType.JSON).body(Records.valid().toString())
                .when().post("/api/v1/credentials")
                .then().statusCode(403)
                .contentType(PROBLEM)
                .body("detail", containsString("'issue' scope"));
    }

    @Test
    void shouldLetAnAdminKeyIssue() {
        given().header("Authorization", ApiKeysForTests.bearer(ApiKeysForTests.ADMIN))
                .contentType(ContentType.JSON).body(Records.valid().toString())
                .when().post("/api/v1/credentials")
                .then().statusCode(201);
    }

    @Test
    void shouldKeepOneSubjectIdPerEmailAddress() {
        ObjectNode first = Records.valid();
        ObjectNode second = Records.valid(Records.INTERNAL_NO_ASSESSMENT);
        Records.candidate(second).put("email", Records.email(first).toUpperCase());
        String a = post(first).statusCode(201).extract().path("credential.credentialSubject.id");
        String b = post(second).statusCode(201).extract().path("credential.credentialSubject.id");
        assertTrue(a.matches("urn:uuid:[0-9a-f-]{36}"), a);
        assertEquals(a, b, "the same e-mail address keeps its subject id");
        String other = post(Records.valid()).statusCode(201).extract().path("credential.credentialSubject.id");
        assertTrue(!other.equals(a), "another person gets another subject id");
    }

    @Test
    void shouldUseTheCandidatesDidAsSubjectIdWhenGiven() {
        post(Records.valid(Records.TTT_WITH_DID)).statusCode(201)
                .body("credential.credentialSubject.id", equalTo("did:web:margaret.example.org"));
    }

    @Test
    void shouldNeverPutTheEmailAddressInTheCredential() {
        ObjectNode record = Records.valid();
        String response = post(record).statusCode(201).extract().asString();
        String credential = response.substring(response.indexOf("\"credential\""));
        assertTrue(!credential.contains(Records.email(record)), "no e-mail in the credential JSON");
        post(record).statusCode(200).body("credential.credentialSubject.identifier[0].identityHash", startsWith("sha256$"));
    }

    @Test
    void shouldSetValidUntilForAchievementWithValidityPeriod() {
        post(Records.valid(Records.SUBCONTRACTOR_EXPIRING)).statusCode(201)
                .body("validUntil", not(nullValue()))
                .body("credential.validUntil", not(nullValue()))
                .body("linkedInAddToProfileUrl", containsString("&expirationYear=" + (clock.today().getYear() + 2)));
    }

    private static void assertNothingStoredFor(ObjectNode record) {
        given().header("Authorization", ApiKeysForTests.bearer(ApiKeysForTests.READER))
                .queryParam("email", Records.email(record))
                .when().get("/api/v1/credentials")
                .then().statusCode(200)
                .body("total", equalTo(0))
                .body("items", hasSize(0));
    }
}
