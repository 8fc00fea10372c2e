package io.certbadge.verification;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JWSObject;
import io.certbadge.support.ApiKeysForTests;
import io.certbadge.support.IssuanceLogForTests;
import io.certbadge.support.Issuing;
import io.certbadge.support.Records;
import io.certbadge.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Expiry: validityMonths sets validUntil and exp; after it the report says EXPIRED, with the date. */
@QuarkusTest
class ExpiryVerificationTest {

    /** security-essentials, the achievement of the SUBCONTRACTOR_EXPIRING fixture. */
    private static final String EXPIRING_ACHIEVEMENT = "security-essentials";

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldSetValidUntilAndExpFromTheAchievementsValidityMonths() throws Exception {
        int months = validityMonths(EXPIRING_ACHIEVEMENT);
        var issued = Issuing.post(Records.valid(Records.SUBCONTRACTOR_EXPIRING)).statusCode(201).extract();
        Instant issuedAt = Instant.parse(issued.path("issuedAt"));
        Instant validUntil = Instant.parse(issued.path("validUntil"));
        assertEquals(issuedAt.atZone(ZoneOffset.UTC).plusMonths(months).toInstant(), validUntil,
                "validUntil is issuedAt plus the achievement's " + months + " months");
        assertEquals(validUntil.toString(), issued.path("credential.validUntil"));
        Map<String, Object> claims = JWSObject.parse((String) issued.path("credentialJwt")).getPayload().toJSONObject();
        assertEquals(validUntil.getEpochSecond(), ((Number) claims.get("exp")).longValue(), "JWT exp = validUntil");

        var lifelong = Issuing.post(Records.valid()).statusCode(201).extract();
        assertNull(lifelong.path("validUntil"), "no validUntil without a validity period");
        assertFalse(JWSObject.parse((String) lifelong.path("credentialJwt")).getPayload().toJSONObject().containsKey("exp"),
                "no exp without a validity period");
    }

    @Test
    void shouldReportExpiredWithTheDateOnceValidUntilHasPassed() {
        var issued = Issuing.post(Records.valid(Records.SUBCONTRACTOR_EXPIRING)).statusCode(201).extract();
        String id = issued.path("id");
        String validUntil = issued.path("validUntil");
        given().accept(ContentType.JSON).when().get("/verify/" + id)
                .then().statusCode(200)
                .body("status", equalTo("VALID"))
                .body("checks.find { it.check == 'expiry' }.detail", equalTo("valid until " + validUntil));

        IssuanceLogForTests.integrateNow();

        clock.advance(Duration.between(Instant.parse(issued.path("issuedAt")), Instant.parse(validUntil)).plusDays(1));

        given().accept(ContentType.JSON).when().get("/verify/" + id)
                .then().statusCode(200)
                .body("verified", equalTo(false))
                .body("status", equalTo("EXPIRED"))
                .body("checks.find { it.check == 'signature' }.passed", equalTo(true))
                .body("checks.find { it.check == 'issuer' }.passed", equalTo(true))
                .body("checks.find { it.check == 'schema' }.passed", equalTo(true))
                .body("checks.find { it.check == 'status' }.passed", equalTo(true))
                .body("checks.find { it.check == 'expiry' }.passed", equalTo(false))
                .body("checks.find { it.check == 'expiry' }.detail", equalTo("expired on " + validUntil))
                .body("credential.validUntil", equalTo(validUntil))
                .body("credential.revokedAt", nullValue())
                .body("credential.revocationReason", nullValue());
        read().when().get("/api/v1/credentials/" + id).then().statusCode(200).body("status", equalTo("EXPIRED"));
    }

    @Test
    void shouldIssueARecertificationAsANewCredentialThatTheSearchFindsBesideTheExpiredOne() {
        ObjectNode first = Records.valid(Records.SUBCONTRACTOR_EXPIRING);
        String expired = Issuing.issue(first);
        IssuanceLogForTests.integrateNow();
        clock.advance(Duration.ofDays(31L * (validityMonths(EXPIRING_ACHIEVEMENT) + 1)));

        ObjectNode recertification = Records.valid(Records.SUBCONTRACTOR_EXPIRING);
        Records.candidate(recertification).put("email", Records.email(first));
        String renewed = Issuing.issue(recertification);
        assertNotEquals(expired, renewed, "a re-certification is a new credential");

        read().queryParam("email", Records.email(first)).queryParam("achievement", EXPIRING_ACHIEVEMENT)
                .when().get("/api/v1/credentials")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", equalTo(List.of(renewed, expired)))
                .body("items.status", equalTo(List.of("ACTIVE", "EXPIRED")))
                .body("items.recordId", equalTo(List.of(recertification.get("recordId").asText(),
                        first.get("recordId").asText())));
        read().queryParam("email", Records.email(first)).queryParam("achievement", EXPIRING_ACHIEVEMENT)
                .queryParam("status", "EXPIRED")
                .when().get("/api/v1/credentials")
                .then().statusCode(200).body("items.id", equalTo(List.of(expired)));
    }

    private static int validityMonths(String slug) {
        return read().when().get("/api/v1/achievements").then().statusCode(200)
                .extract().path("find { it.slug == '" + slug + "' }.validityMonths");
    }

    private static RequestSpecification read() {
        return given().header("Authorization", ApiKeysForTests.bearer(ApiKeysForTests.READER));
    }
}
