package io.certbadge.common;

import io.certbadge.support.ApiKeysForTests;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Headers with the test profile's http {@code {base}} and Swagger UI enabled (as in dev mode). */
@QuarkusTest
class SecurityHeadersTest {

    @Test
    void shouldForbidCachingEveryApiAnswerTheyHoldEmailAddresses() {
        given().header("Authorization", ApiKeysForTests.bearer(ApiKeysForTests.READER))
                .when().get("/api/v1/credentials").then().statusCode(200).header("Cache-Control", equalTo("no-store"));
        given().when().get("/api/v1/credentials").then().statusCode(401).header("Cache-Control", equalTo("no-store"));
        given().header("Authorization", ApiKeysForTests.bearer(ApiKeysForTests.READER))
                .when().get("/api/v1/achievements").then().statusCode(200).header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void shouldNotSendHstsWithAnHttpBase() {
        given().when().get("/issuer").then().statusCode(200).header("Strict-Transport-Security", nullValue());
    }

    @Test
    void shouldServeSwaggerUiWhereEnabledOnlyWithAContentSecurityPolicy() {
        given().when().get("/q/swagger-ui/").then().statusCode(200)
                .header("Content-Security-Policy", equalTo(SecurityHeaders.SWAGGER_UI_CSP));
        given().when().get("/q/openapi").then().statusCode(200);
    }
}
