package io.certbadge.verification;

import com.nimbusds.jose.JWSObject;
import io.certbadge.support.IssuanceLogForTests;
import io.certbadge.support.IssuerDid;
import io.certbadge.support.Issuing;
import io.certbadge.support.PublishedKeys;
import io.certbadge.support.Records;
import io.certbadge.support.SigningAlgorithm;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class VerificationReportTest {

    @ConfigProperty(name = "certbadge.public-base-url")
    String base;

    @Inject
    Verifier verifier;

    @Test
    void shouldReportValidCredentialWithEveryCheckPassed() {
        String id = Issuing.issue(Records.valid());
        IssuanceLogForTests.integrateNow();
        given().accept(ContentType.JSON).when().get("/verify/" + id)
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("verified", equalTo(true))
                .body("status", equalTo("VALID"))
                .body("checks.check", equalTo(List.of("signature", "issuer", "schema", "status", "expiry", "log")))
                .body("checks.passed", everyItem(equalTo(true)))
                .body("checks[0].detail", startsWith(SigningAlgorithm.configured() + ", kid " + base + "/keys/"))
                .body("checks[3].detail", equalTo("not revoked"))
                .body("checks[4].detail", equalTo("no expiry"))
                .body("checks[5].detail", startsWith("listed in the issuer's public log as entry "))
                .body("credential.id", equalTo(base + "/credentials/" + id))
                .body("credential.achievement.id", equalTo(base + "/achievements/gitlab-ci-cd"))
                .body("credential.achievement.name", equalTo("Certified Trainer: GitLab CI/CD"))
                .body("credential.recipientName", equalTo("Ada Lovelace"))
                .body("credential.issuer.id", equalTo(IssuerDid.of(base)))
                .body("credential.validUntil", nullValue())
                .body("credential.revokedAt", nullValue())
                .body("credential.revocationReason", nullValue());
    }

    @Test
    void shouldNeverShowTheRecipientsEmailInTheReport() {
        var record = Records.valid();
        String id = Issuing.issue(record);
        String report = given().accept(ContentType.JSON).when().get("/verify/" + id).then().statusCode(200).extract().asString();
        assertFalse(report.contains(Records.email(record)), report);
    }

    @Test
    void shouldAnswerUnknownIdWith404Problem() {
        given().accept(ContentType.JSON).when().get("/verify/AAAAAAAAAAAAAAAAAAAAAA")
                .then().statusCode(404).contentType("application/problem+json");
        given().accept(ContentType.JSON).when().get("/verify/1")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldVerifyIssuedJwtWithThePublishedKeyAndRejectATamperedOne() throws Exception {
        String jwt = Issuing.post(Records.valid()).statusCode(201).extract().path("credentialJwt");
        assertTrue(PublishedKeys.verifies(jwt), "the VC-JWT verifies with the JWK served at its kid");

        String[] parts = jwt.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("Ada Lovelace", "Eve Mallory");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertFalse(PublishedKeys.verifies(tampered), "a changed payload must not verify");

        VerificationReport report = verifier.verifyJwt(tampered);
        assertEquals(VerificationReport.Verdict.INVALID, report.status());
        assertFalse(report.verified());
        assertFalse(report.checks().get(0).passed(), "signature check fails: " + report.checks().get(0));
        assertEquals("Eve Mallory", report.credential().recipientName(), "the report shows what the token claims");
    }

    @Test
    void shouldCarryTheContractsHeaderAndClaimsInTheJwt() throws Exception {
        Map<String, Object> issued = Issuing.post(Records.valid(Records.SUBCONTRACTOR_EXPIRING)).statusCode(201)
                .extract().as(Map.class);
        JWSObject jws = JWSObject.parse((String) issued.get("credentialJwt"));
        assertEquals(java.util.Set.of("alg", "typ", "kid"), jws.getHeader().toJSONObject().keySet(),
                "header is exactly alg, typ, kid (OB 3.0 §8.2.3)");
        assertEquals("JWT", jws.getHeader().getType().toString());
        Map<String, Object> claims = jws.getPayload().toJSONObject();
        @SuppressWarnings("unchecked")
        Map<String, Object> credential = (Map<String, Object>) issued.get("credential");
        assertEquals(((Map<?, ?>) credential.get("issuer")).get("id"), claims.get("iss"));
        assertEquals(credential.get("id"), claims.get("jti"));
        assertEquals(((Map<?, ?>) credential.get("credentialSubject")).get("id"), claims.get("sub"));
        assertEquals(java.time.Instant.parse((String) credential.get("validFrom")).getEpochSecond(),
                ((Number) claims.get("nbf")).longValue());
        assertEquals(java.time.Instant.parse((String) credential.get("validUntil")).getEpochSecond(),
                ((Number) claims.get("exp")).longValue());
        assertTrue(claims.containsKey("iat"));
        assertEquals(credential.get("credentialSubject"), claims.get("credentialSubject"), "the payload is the credential");
    }

    @Test
    void shouldFailTheIssuerCheckForACredentialSignedByAnUnknownKey() throws Exception {
        String jwt = Issuing.post(Records.valid()).statusCode(201).extract().path("credentialJwt");
        String[] parts = jwt.split("\\.");
        String header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8)
                .replaceAll("/keys/[^\"]+", "/keys/AAAAAAAAAAAAAAAAAAAAAA");
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(header.getBytes(StandardCharsets.UTF_8))
                + "." + parts[1] + "." + parts[2];
        VerificationReport report = verifier.verifyJwt(forged);
        assertEquals(VerificationReport.Verdict.INVALID, report.status());
        assertTrue(report.checks().get(0).detail().contains("has not published"), report.checks().get(0).detail());
    }

    @Test
    void shouldReportGarbageAsInvalidWithoutCredential() {
        VerificationReport report = verifier.verifyJwt("definitely not a jwt");
        assertEquals(VerificationReport.Verdict.INVALID, report.status());
        assertEquals(null, report.credential());
        assertTrue(report.checks().stream().noneMatch(CheckResult::passed));
    }

    @Test
    void shouldServeTheCredentialJsonAndJwtPublicly() {
        var issued = Issuing.post(Records.valid()).statusCode(201).extract();
        String id = issued.path("id");
        given().when().get("/credentials/" + id).then().statusCode(200).contentType(ContentType.JSON)
                .body("id", equalTo(base + "/credentials/" + id))
                .body("credentialStatus.type", equalTo("BitstringStatusListEntry"));
        given().when().get("/credentials/" + id + "/jwt").then().statusCode(200)
                .contentType(containsString("application/vc+jwt"))
                .body(equalTo(issued.path("credentialJwt")));
    }
}
