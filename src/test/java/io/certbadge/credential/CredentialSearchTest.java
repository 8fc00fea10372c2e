package io.certbadge.credential;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.certbadge.support.ApiKeysForTests;
import io.certbadge.support.Issuing;
import io.certbadge.support.Records;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class CredentialSearchTest {

    @Test
    void shouldFindARecipientsCredentialsByEmailAndAchievementNewestFirst() {
        ObjectNode first = Records.valid();
        ObjectNode second = Records.valid(Records.INTERNAL_NO_ASSESSMENT);
        Records.candidate(second).put("email", Records.email(first));
        String a = Issuing.issue(first);
        String b = Issuing.issue(second);

        read().queryParam("email", Records.email(first).toUpperCase())
                .when().get("/api/v1/credentials")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", equalTo(List.of(b, a)));
        read().queryParam("email", Records.email(first)).queryParam("achievement", "gitlab-ci-cd")
                .when().get("/api/v1/credentials")
                .then().statusCode(200)
                .body("items.id", equalTo(List.of(a)))
                .body("items[0].status", equalTo("ACTIVE"))
                .body("items[0].recordId", equalTo(first.get("recordId").asText()));
        read().queryParam("email", Records.email(first)).queryParam("status", "revoked")
                .when().get("/api/v1/credentials")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void shouldPageResults() {
        ObjectNode template = Records.valid();
        for (int i = 0; i < 3; i++) {
            ObjectNode record = Records.valid();
            Records.candidate(record).put("email", Records.email(template));
            Issuing.issue(record);
        }
        read().queryParam("email", Records.email(template)).queryParam("size", 2).queryParam("page", 1)
                .when().get("/api/v1/credentials")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("total", equalTo(3))
                .body("totalPages", equalTo(2))
                .body("page", equalTo(1))
                .body("size", equalTo(2));
    }

    @Test
    void shouldRejectBadSearchParameters() {
        read().queryParam("size", 1000).when().get("/api/v1/credentials")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("size"));
        read().queryParam("page", "-1").when().get("/api/v1/credentials")
                .then().statusCode(400).body("errors[0].field", equalTo("page"));
        // page × size would overflow the query offset
        read().queryParam("page", "21474837").queryParam("size", "100").when().get("/api/v1/credentials")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("page"));
        read().queryParam("status", "DELETED").when().get("/api/v1/credentials")
                .then().statusCode(400).body("detail", containsString("ACTIVE, REVOKED or EXPIRED"));
        // PostgreSQL cannot even compare a NUL: refused before the query, on every database
        read().urlEncodingEnabled(false).queryParam("email", "ada%00@example.com").when().get("/api/v1/credentials")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("email"));
        read().urlEncodingEnabled(false).queryParam("achievement", "%00").when().get("/api/v1/credentials")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("achievement"));
    }

    @Test
    void shouldRequireTheReadScopeToSearch() {
        given().when().get("/api/v1/credentials").then().statusCode(401);
        given().header("Authorization", ApiKeysForTests.bearer(ApiKeysForTests.ISSUER))
                .when().get("/api/v1/credentials").then().statusCode(403);
        given().header("Authorization", ApiKeysForTests.bearer(ApiKeysForTests.ISSUER))
                .when().get("/api/v1/credentials/AAAAAAAAAAAAAAAAAAAAAA").then().statusCode(403);
        read().when().get("/api/v1/credentials/AAAAAAAAAAAAAAAAAAAAAA").then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static io.restassured.specification.RequestSpecification read() {
        return given().header("Authorization", ApiKeysForTests.bearer(ApiKeysForTests.READER));
    }
}
