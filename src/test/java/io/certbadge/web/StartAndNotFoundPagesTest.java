package io.certbadge.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** The start page, the favicon and the 404 page a browser gets for any address that leads nowhere. */
@QuarkusTest
class StartAndNotFoundPagesTest {

    static final String BROWSER_ACCEPT =
            "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    @ConfigProperty(name = "certbadge.public-base-url")
    String base;

    @Test
    void shouldShowTheIssuerItsCertificationsAndTheVerifyFormOnTheStartPage() {
        given().accept(BROWSER_ACCEPT).when().get("/")
                .then().statusCode(200).contentType(ContentType.HTML)
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("Certified Trainer certifications of Example Vendor Education Services"))
                .body(containsString("<img class=\"brand-logo\" src=\"/issuer/logo.svg\""))
                .body(containsString("<a href=\"" + base + "/achievements/gitlab-ci-cd\">Certified Trainer: GitLab CI/CD</a>"))
                .body(containsString("<form class=\"verify-form\" method=\"post\" action=\"/verify\""));
    }

    @Test
    void shouldAnswerAnUnknownPathWithAPageForBrowsersAndAProblemForEveryoneElse() {
        given().accept(BROWSER_ACCEPT).when().get("/no/such/page")
                .then().statusCode(404).contentType(ContentType.HTML)
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .body(containsString("<h1 id=\"not-found-title\" class=\"verdict-title\">Page not found</h1>"));
        given().accept(BROWSER_ACCEPT).when().get("/credentials/AAAAAAAAAAAAAAAAAAAAAA")
                .then().statusCode(404).contentType(ContentType.HTML)
                .body(containsString("Credential not found"));
        for (String accept : new String[] {"application/json", "*/*"}) {
            given().accept(accept).when().get("/no/such/page")
                    .then().statusCode(404).contentType("application/problem+json")
                    .body("status", equalTo(404));
        }
        given().accept(BROWSER_ACCEPT).header("Authorization", "Bearer nothing").when().get("/api/v1/nothing-here")
                .then().statusCode(404);
    }

    @Test
    void shouldServeAFavicon() {
        given().when().get("/favicon.ico")
                .then().statusCode(200).contentType("image/png").header("ETag", not(equalTo(null)));
    }

    @Test
    void shouldSpeakGermanToAGermanBrowserAndRememberASwitchedLanguage() {
        given().accept(BROWSER_ACCEPT).header("Accept-Language", "de-DE,de;q=0.9,en;q=0.8").when().get("/")
                .then().statusCode(200)
                .header("Content-Language", equalTo("de"))
                .header("Vary", containsString("Accept-Language"))
                .body(containsString("<html lang=\"de\">"))
                .body(containsString("Eine Zertifizierung prüfen"))
                .body(containsString("<a class=\"language-switch\" href=\"?lang=en\""));
        given().accept(BROWSER_ACCEPT).header("Accept-Language", "fr-CH, fr;q=0.9, de;q=0.7, en;q=0.5").when().get("/")
                .then().body(containsString("<html lang=\"de\">"));
        given().accept(BROWSER_ACCEPT).header("Accept-Language", "de;q=0, en").when().get("/")
                .then().body(containsString("<html lang=\"en\">"));
        given().accept(BROWSER_ACCEPT).header("Accept-Language", "en").queryParam("lang", "de").when().get("/verify")
                .then().statusCode(200)
                .body(containsString("<h1>Einen Nachweis prüfen</h1>"))
                .header("Set-Cookie", startsWith(PageLanguage.COOKIE + "=de"));
        given().accept(BROWSER_ACCEPT).header("Accept-Language", "en").cookie(PageLanguage.COOKIE, "de")
                .when().get("/no/such/page")
                .then().statusCode(404).body(containsString("Seite nicht gefunden"));
    }
}
