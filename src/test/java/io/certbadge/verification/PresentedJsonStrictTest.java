package io.certbadge.verification;

import io.certbadge.support.Issuing;
import io.certbadge.support.Records;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A JSON credential presented to {@code POST /verify} is read as strictly as the issue API reads a
 * record: with a second {@code identityHash} key, the last one used to win and the credential
 * verified VALID although it named another recipient. Errors are in our words, not Jackson's.
 */
@QuarkusTest
class PresentedJsonStrictTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void shouldRefuseACredentialWithADuplicateKey() {
        String id = Issuing.issue(Records.valid());
        String credential = given().when().get("/credentials/" + id).then().statusCode(200).extract().asString();
        Matcher hash = Pattern.compile("\"identityHash\":\"(sha256\\$[0-9a-f]{64})\"").matcher(credential);
        assertTrue(hash.find(), credential);
        String forged = credential.substring(0, hash.start()) + "\"identityHash\":\"sha256$" + "0".repeat(64) + "\","
                + credential.substring(hash.start());
        given().contentType("application/json").body(forged).when().post("/verify")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("credentialSubject.identifier[0].identityHash"))
                .body("errors[0].message", equalTo("duplicate key"));
        // the credential as served still verifies
        given().contentType("application/json").body(credential).when().post("/verify")
                .then().statusCode(200).body("status", equalTo("VALID"));
    }

    @Test
    void shouldDescribeMalformedJsonWithoutEchoingTheParser() {
        given().contentType("application/json").body("{\"id\": \"x\",\n \"type\": [tru]}").when().post("/verify")
                .then().statusCode(400).contentType(PROBLEM)
                .body("detail", matchesPattern("The credential is not valid JSON \\(line 2, column \\d+\\)\\."))
                .body("detail", not(containsString("Unrecognized token")))
                .body("detail", not(containsString("Source")));
    }
}
