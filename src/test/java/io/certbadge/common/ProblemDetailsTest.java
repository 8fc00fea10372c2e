package io.certbadge.common;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;

/** Every error the service answers is RFC 9457 problem+json, framework errors included. */
@QuarkusTest
class ProblemDetailsTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void shouldAnswerUnknownPathWithProblem404() {
        given().accept(ContentType.JSON).when().get("/no/such/thing")
                .then().statusCode(404).contentType(PROBLEM)
                .body("status", equalTo(404)).body("title", equalTo("Not found"));
    }

    @Test
    void shouldAnswerUnknownCredentialWithProblem404() {
        given().when().get("/credentials/AAAAAAAAAAAAAAAAAAAAAA")
                .then().statusCode(404).contentType(PROBLEM).body("type", equalTo("urn:certbadge:problem:not-found"));
    }

    @Test
    void shouldAnswerWrongMethodWithProblem405() {
        given().when().delete("/issuer")
                .then().statusCode(405).contentType(PROBLEM).body("status", equalTo(405));
    }

    @Test
    void shouldAnswerUnproducibleAcceptWithProblem406() {
        given().accept("image/gif").when().get("/issuer")
                .then().statusCode(406).contentType(PROBLEM).body("status", equalTo(406));
    }

    /** RFC 9110: a blank Accept is no preference at all; it used to be a 500. */
    @ParameterizedTest
    @ValueSource(strings = {"/issuer", "/achievements/gitlab-ci-cd", "/.well-known/jwks.json", "/verify"})
    void shouldTreatABlankAcceptHeaderAsAcceptingAnything(String path) {
        given().header("Accept", "").when().get(path).then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/achievements/nope", "/achievements/%00", "/achievements/gitlab-ci-cd%00"})
    void shouldAnswerUnknownAchievementPageWithProblem404(String path) {
        given().accept(ContentType.JSON).urlEncodingEnabled(false).when().get(path)
                .then().statusCode(404).contentType(PROBLEM).body("detail", containsString("achievement"));
    }
}
