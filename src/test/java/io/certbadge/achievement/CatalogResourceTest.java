package io.certbadge.achievement;

import io.certbadge.support.ApiKeysForTests;
import io.certbadge.support.IssuerDid;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class CatalogResourceTest {

    @ConfigProperty(name = "certbadge.public-base-url")
    String base;

    @Test
    void shouldListTheCatalogWithRulesForEachCourse() {
        List<Map<String, Object>> catalog = given().header("Authorization", ApiKeysForTests.bearer(ApiKeysForTests.READER))
                .when().get("/api/v1/achievements")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("slug", hasItem("gitlab-ci-cd"))
                .extract().jsonPath().getList("$");
        assertTrue(catalog.size() >= 6, "at least six courses: " + catalog.size());
        assertTrue(catalog.stream().anyMatch(a -> Boolean.FALSE.equals(a.get("assessmentAvailable"))),
                "at least one course has no end-user assessment");
        assertTrue(catalog.stream().allMatch(a -> ((Number) a.get("minSurveyAverage")).doubleValue() == 4.0
                && ((Number) a.get("minObservationAverage")).doubleValue() == 4.0), "thresholds are 4.0");
        assertTrue(catalog.stream().anyMatch(a -> a.get("validityMonths") == null), "null means no expiry");
        assertTrue(catalog.stream().allMatch(a -> a.keySet().equals(java.util.Set.of("slug", "name", "description",
                "assessmentAvailable", "minObservationAverage", "minSurveyAverage", "validityMonths"))), catalog.toString());
    }

    @Test
    void shouldRequireTheReadScopeForTheCatalog() {
        given().when().get("/api/v1/achievements").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", ApiKeysForTests.bearer(ApiKeysForTests.REVOKER))
                .when().get("/api/v1/achievements").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void shouldServeTheAchievementAsOpenBadgesJson() {
        given().accept(ContentType.JSON).when().get("/achievements/project-management")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("id", equalTo(base + "/achievements/project-management"))
                .body("type", equalTo(List.of("Achievement")))
                .body("achievementType", equalTo("Certification"))
                .body("criteria.narrative", containsString("No end-user assessment"))
                .body("resultDescription.id", hasItem(base + "/achievements/project-management#survey-average"));
    }

    @Test
    void shouldServeTheIssuerProfile() {
        given().accept(ContentType.JSON).when().get("/issuer")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("id", equalTo(IssuerDid.of(base)))
                .body("type", equalTo(List.of("Profile")))
                .body("name", equalTo("Example Vendor Education Services"))
                .body("url", equalTo("https://www.example.com/education"))
                .body("email", equalTo("certification@example.com"))
                .body("image.type", equalTo("Image"));
    }
}
