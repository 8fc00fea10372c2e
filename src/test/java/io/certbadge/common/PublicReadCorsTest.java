package io.certbadge.common;

import io.certbadge.support.ApiKeysForTests;
import io.certbadge.support.Issuing;
import io.certbadge.support.Records;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class PublicReadCorsTest {

    private static final String ORIGIN = "https://wallet.example.org";

    @Test
    void shouldLetABrowserVerifierReadEverythingAVerifierFetches() {
        String id = Issuing.issue(Records.valid());
        // the status list's URL is under the public base URL; the test server answers it by path
        String statusList = URI.create(given().get("/credentials/" + id).then().extract()
                .<String>path("credentialStatus.statusListCredential")).getPath();
        for (String url : new String[] {"/credentials/" + id, "/credentials/" + id + "/jwt", statusList,
                "/.well-known/jwks.json", "/issuer", "/achievements/gitlab-ci-cd", "/verify/" + id}) {
            given().header("Origin", ORIGIN).when().get(url)
                    .then().statusCode(200).header("Access-Control-Allow-Origin", equalTo("*"));
        }
    }

    @Test
    void shouldNotOpenTheApiToOtherOrigins() {
        given().header("Origin", ORIGIN).header("Authorization", ApiKeysForTests.bearer(ApiKeysForTests.READER))
                .when().get("/api/v1/achievements")
                .then().statusCode(200).header("Access-Control-Allow-Origin", nullValue());
        Issuing.post(Records.valid()).header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void shouldNotOpenUploadsToOtherOrigins() {
        given().header("Origin", ORIGIN).contentType("text/plain").body("not a jwt").when().post("/verify")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
