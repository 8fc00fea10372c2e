package io.certbadge.verification;

import io.certbadge.media.PngBaking;
import io.certbadge.support.Issuing;
import io.certbadge.support.Records;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.startsWith;

/**
 * A forgery must cost little and say nothing false. One anonymous POST /verify of a 3.4 MB
 * JWT-shaped body with 45,000 badly typed evidence items burnt ~1.3 s of CPU: the schema ran on a
 * payload whose signature had already failed and kept ~180,000 error strings. Now the checks after
 * a failed signature are skipped, and a presented credential is at most 256 KiB however it comes.
 */
@QuarkusTest
class ForgedCredentialTest {

    private static final String VC_JWT = "application/vc+jwt";

    @Inject
    PngBaking pngBaking;

    @Test
    void shouldSkipEveryCheckAfterAFailedSignatureInsteadOfJudgingAForgery() {
        given().contentType(VC_JWT).body(forgedJwt(2_000).getBytes(StandardCharsets.US_ASCII)).when().post("/verify")
                .then().statusCode(200)
                .body("status", equalTo("INVALID"))
                .body("checks[0].check", equalTo("signature")).body("checks[0].passed", equalTo(false))
                .body("checks[0].skipped", equalTo(null))
                .body("checks.drop(1).skipped", everyItem(equalTo(true)))
                .body("checks.drop(1).passed", everyItem(equalTo(false)))
                .body("checks.drop(1).detail", everyItem(startsWith("not checked: the signature check failed")))
                .body("checks.find { it.check == 'schema' }.skipped", equalTo(true));
    }

    /** Its key id and status list id reach look-ups: a NUL in them made PostgreSQL answer a 500. */
    @Test
    void shouldJudgeAForgeryNamingIdsWithANulInvalidOnEveryDatabase() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = "{\"alg\":\"ES256\",\"typ\":\"vc+jwt\",\"kid\":\"http://certbadge.test/keys/\\u0000AAAAAAAAAAAAAAAAAAAAA\"}";
        String payload = "{\"vc\":{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],"
                + "\"type\":[\"VerifiableCredential\",\"OpenBadgeCredential\"],"
                + "\"credentialStatus\":{\"type\":\"BitstringStatusListEntry\",\"statusPurpose\":\"revocation\","
                + "\"statusListIndex\":\"1\",\"statusListCredential\":\"http://certbadge.test/status/\\u0000AAAAAAAAAAAAAAAAAAAAA\"}}}";
        String jwt = b64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + b64.encodeToString(new byte[64]);
        given().contentType(VC_JWT).body(jwt.getBytes(StandardCharsets.US_ASCII)).when().post("/verify")
                .then().statusCode(200).body("status", equalTo("INVALID"));
        given().urlEncodingEnabled(false).when().get("/keys/%00AAAAAAAAAAAAAAAAAAAAA")
                .then().statusCode(404).contentType("application/problem+json");
        given().urlEncodingEnabled(false).accept(VC_JWT).when().get("/status/%00AAAAAAAAAAAAAAAAAAAAA")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseTheMultiMegabyteForgeryBeforeReadingIt() {
        given().contentType(VC_JWT).body(forgedJwt(45_000).getBytes(StandardCharsets.US_ASCII)).when().post("/verify")
                .then().statusCode(413).contentType("application/problem+json").body("detail", containsString("262144"));
    }

    @Test
    void shouldCapACredentialBakedIntoAnImage() {
        String id = Issuing.issue(Records.valid());
        byte[] badge = given().when().get("/credentials/" + id + "/badge.png").then().statusCode(200).extract().asByteArray();
        byte[] unbaked = given().when().get("/achievements/gitlab-ci-cd/image.png").then().statusCode(200).extract().asByteArray();
        byte[] huge = pngBaking.bake(unbaked, forgedJwt(5_000));
        given().contentType("image/png").body(huge).when().post("/verify")
                .then().statusCode(413).contentType("application/problem+json").body("detail", containsString("262144"));
        given().contentType("image/png").body(badge).when().post("/verify")
                .then().statusCode(200).body("status", equalTo("VALID"))
                .body("checks.find { it.check == 'schema' }.passed", equalTo(true));
    }

    /** A JWT-shaped forgery: our header, a payload of {@code items} badly typed evidence items, a bogus signature. */
    private static String forgedJwt(int items) {
        StringBuilder payload = new StringBuilder("{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],"
                + "\"type\":[\"VerifiableCredential\",\"OpenBadgeCredential\"],\"evidence\":[");
        for (int i = 0; i < items; i++) {
            payload.append(i == 0 ? "" : ",").append("{\"id\":").append(i).append(",\"type\":").append(i)
                    .append(",\"name\":").append(i).append(",\"narrative\":").append(i).append('}');
        }
        payload.append("]}");
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"ES256\",\"typ\":\"JWT\",\"kid\":\"http://elsewhere.example/k\"}"
                .getBytes(StandardCharsets.UTF_8)) + "." + b64.encodeToString(payload.toString()
                .getBytes(StandardCharsets.UTF_8)) + "." + b64.encodeToString(new byte[64]);
    }
}
