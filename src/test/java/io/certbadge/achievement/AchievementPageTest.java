package io.certbadge.achievement;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** GET /achievements/{slug}: the page for browsers, the Achievement JSON for everyone else. */
@QuarkusTest
class AchievementPageTest {

    @ConfigProperty(name = "certbadge.public-base-url")
    String base;

    @Test
    void shouldShowBrowsersHowToEarnTheCertification() {
        given().accept("text/html,application/xhtml+xml,*/*;q=0.8").when().get("/achievements/security-essentials")
                .then().statusCode(200).contentType(ContentType.HTML)
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .body(containsString("<h1 id=\"achievement-title\">Certified Trainer: Security Essentials</h1>"))
                .body(containsString("<li>Pass the course&#39;s end-user assessment.</li>"))
                .body(containsString("observation rating of at least 4.0 of 5"))
                .body(containsString("24 months from the day it is awarded"));
        given().accept(ContentType.HTML).when().get("/achievements/project-management")
                .then().statusCode(200)
                .body(containsString("Does not expire"))
                .body(containsString("None for this course"))
                .body(not(containsString("Pass the course")));
    }

    @Test
    void shouldKeepJsonForApiClientsAndWildcards() {
        for (String accept : new String[] {"application/json", "*/*", "application/ld+json"}) {
            given().accept(accept).when().get("/achievements/gitlab-ci-cd")
                    .then().statusCode(200).contentType(ContentType.JSON)
                    .body("id", equalTo(base + "/achievements/gitlab-ci-cd"))
                    .body("type", equalTo(java.util.List.of("Achievement")));
        }
    }

    @Test
    void shouldAnswerAnUnknownAchievementWithANotFoundPageOrProblem() {
        given().accept(ContentType.HTML).when().get("/achievements/underwater-basket-weaving")
                .then().statusCode(404).contentType(ContentType.HTML).body(containsString("Certification not found"));
        given().accept(ContentType.JSON).when().get("/achievements/underwater-basket-weaving")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
