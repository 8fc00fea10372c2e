package io.certbadge.security;

import io.certbadge.support.ApiKeysForTests;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class ApiKeyFilterTest {

    private static final String UNANNOTATED = "/api/v1/test-only/unannotated";

    @Test
    void shouldFailClosedWhenAnApiEndpointDeclaresNoScope() {
        given().when().get(UNANNOTATED).then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", ApiKeysForTests.bearer(ApiKeysForTests.READER)).when().get(UNANNOTATED)
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", ApiKeysForTests.bearer(ApiKeysForTests.ADMIN)).when().get(UNANNOTATED)
                .then().statusCode(200).body(equalTo("reached"));
    }
}
