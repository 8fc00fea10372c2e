package io.certbadge.web;

import io.certbadge.support.IssuanceLogForTests;
import io.certbadge.support.Issuing;
import io.certbadge.support.Records;
import io.certbadge.support.Revoking;
import io.certbadge.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET /verify/{id} as a browser sees it: the raw HTML, its headers and its link-preview tags. */
@QuarkusTest
class VerificationPageTest {

    private static final String BROWSER_ACCEPT =
            "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    @ConfigProperty(name = "certbadge.public-base-url")
    String base;

    @Inject
    TestClock clock;


    @Test
    void shouldShowTheVerdictRecipientAndAchievementOfAValidCredential() {
        String id = Issuing.issue(Records.valid());
        given().accept(BROWSER_ACCEPT).when().get("/verify/" + id)
                .then().statusCode(200)
                .contentType(ContentType.HTML)
                .header("Vary", containsString("Accept"))
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("<h1 id=\"verdict-title\" class=\"verdict-title\">Valid</h1>"))
                .body(containsString("Ada Lovelace"))
                .body(containsString("Certified Trainer: GitLab CI/CD"))
                .body(containsString("Shadow a Certified Trainer delivering the course."))
                .body(not(containsString("<script")));
    }

    @Test
    void shouldKeepEachLanguagesPageApartAndSayWhichItIs() {
        String id = Issuing.issue(Records.valid());
        for (int visit = 0; visit < 2; visit++) {
            String german = given().accept(BROWSER_ACCEPT).header("Accept-Language", "de-DE,de;q=0.9")
                    .when().get("/verify/" + id)
                    .then().statusCode(200)
                    .header("Content-Language", equalTo("de"))
                    .header("Vary", containsString("Accept-Language"))
                    .body(containsString("<html lang=\"de\">"))
                    .body(containsString("class=\"verdict-title\">Gültig</h1>"))
                    .extract().header("ETag");
            String english = given().accept(BROWSER_ACCEPT).header("Accept-Language", "en-GB")
                    .when().get("/verify/" + id)
                    .then().statusCode(200)
                    .header("Content-Language", equalTo("en"))
                    .body(containsString("class=\"verdict-title\">Valid</h1>"))
                    .extract().header("ETag");
            assertFalse(german.equals(english), "each language is its own representation (visit " + visit + ")");
        }
        given().accept(BROWSER_ACCEPT).header("Accept-Language", "en").queryParam("lang", "de")
                .when().get("/verify/AAAAAAAAAAAAAAAAAAAAAA")
                .then().statusCode(404).body(containsString("Nachweis nicht gefunden"));
    }

    @Test
    void shouldAnswerTheReportToJsonClientsAndThePageToAnyOtherClient() {
        String id = Issuing.issue(Records.valid());
        given().accept(ContentType.JSON).when().get("/verify/" + id)
                .then().statusCode(200).contentType(ContentType.JSON).body("status", equalTo("VALID"));
        given().accept("*/*").when().get("/verify/" + id)
                .then().statusCode(200).contentType(ContentType.HTML);
        given().accept("text/html").when().get("/verify/" + id)
                .then().statusCode(200).contentType(ContentType.HTML);
    }

    @Test
    void shouldSendAStrictContentSecurityPolicyWithEveryPage() {
        String id = Issuing.issue(Records.valid());
        for (String path : new String[] {"/verify/" + id, "/verify", "/verify/AAAAAAAAAAAAAAAAAAAAAA"}) {
            given().accept(BROWSER_ACCEPT).when().get(path)
                    .then().contentType(ContentType.HTML)
                    .header("Content-Security-Policy", equalTo("default-src 'none'; img-src 'self'; "
                            + "style-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"))
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("X-Frame-Options", equalTo("DENY"));
        }
    }

    @Test
    void shouldDescribeTheCredentialForLinkPreviews() {
        String id = Issuing.issue(Records.valid());
        String html = page(id).asString();
        assertEquals(base + "/verify/" + id, meta(html, "og:url"));
        assertEquals(base + "/credentials/" + id + "/share.png", meta(html, "og:image"));
        assertEquals("1200", meta(html, "og:image:width"));
        assertEquals("627", meta(html, "og:image:height"));
        assertEquals("website", meta(html, "og:type"));
        assertEquals("Ada Lovelace \u2013 Certified Trainer: GitLab CI/CD", meta(html, "og:title"));
        assertTrue(meta(html, "og:description").contains("Example Vendor Education Services"), html);
        assertEquals("summary_large_image", meta(html, "twitter:card"));
        assertEquals(base + "/credentials/" + id + "/share.png", meta(html, "twitter:image"));
        assertEquals(1, html.split("property=\"og:image\"", -1).length - 1, "one preview image, the PNG card");
    }

    @Test
    void shouldPutTheContractsLinkedInLinkBehindTheButton() {
        Map<String, Object> issued = Issuing.post(Records.valid()).statusCode(201).extract().as(Map.class);
        String expected = (String) issued.get("linkedInAddToProfileUrl");
        assertTrue(expected.startsWith("https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME"), expected);
        String html = page((String) issued.get("id")).asString();
        Matcher button = Pattern.compile("id=\"add-to-linkedin\" href=\"([^\"]+)\"").matcher(html);
        assertTrue(button.find(), html);
        assertEquals(expected, button.group(1).replace("&amp;", "&"), "the attribute holds the API's URL, HTML-escaped");
    }

    @Test
    void shouldShowAHostileRecipientNameAsTextAndNeverTheEmail() {
        var record = Records.valid();
        Records.candidate(record).put("name", "<script>alert(1)</script>\" onmouseover=\"x");
        String id = Issuing.issue(record);
        String html = page(id).asString();
        assertFalse(html.contains("<script>alert(1)</script>"), "the name must be escaped");
        assertFalse(html.contains("\" onmouseover=\"x"), "quotes in the name must be escaped");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertFalse(html.contains(Records.email(record)), "the e-mail address must never be on the page");
        assertFalse(html.contains(Records.email(record).split("@")[0]), "not even the e-mail's local part");
    }

    @Test
    void shouldShowAnExpiredCredentialAsExpiredWithItsDate() {
        String id = Issuing.issue(Records.valid(Records.SUBCONTRACTOR_EXPIRING));
        String validUntil = given().accept(ContentType.JSON).get("/verify/" + id).then().extract().path("credential.validUntil");
        IssuanceLogForTests.integrateNow();
        clock.advance(Duration.ofDays(3 * 366 + 40));
        try {
            given().accept(ContentType.JSON).get("/verify/" + id).then().body("status", equalTo("EXPIRED"));
            given().accept(BROWSER_ACCEPT).when().get("/verify/" + id)
                    .then().statusCode(200)
                    .body(containsString("class=\"verdict-title\">Expired</h1>"))
                    .body(containsString("This certification expired on"))
                    .body(containsString("datetime=\"" + validUntil + "\""));
        } finally {
            clock.reset();
        }
    }

    @Test
    void shouldShowWhenAndWhyARevokedCredentialWasRevokedAndOfferNoLinkedInButton() {
        String id = Issuing.issue(Records.valid());
        Revoking.revoke(id, "Certification obtained with a borrowed survey <b>result</b>");
        given().accept(ContentType.JSON).get("/verify/" + id).then().body("status", equalTo("REVOKED"));
        String html = page(id).asString();
        assertTrue(html.contains("class=\"verdict-title\">Revoked</h1>"), html);
        assertTrue(html.contains("The issuer revoked this certification on "), html);
        assertTrue(html.contains("Reason: Certification obtained with a borrowed survey &lt;b&gt;result&lt;/b&gt;"), html);
        assertFalse(html.contains("add-to-linkedin"), "a revoked certification is not offered for a LinkedIn profile");
    }

    @Test
    void shouldAnswerAnUnknownIdWithANotFoundPageOrProblem() {
        given().accept(BROWSER_ACCEPT).when().get("/verify/AAAAAAAAAAAAAAAAAAAAAA")
                .then().statusCode(404).contentType(ContentType.HTML)
                .body(containsString("Credential not found"));
        given().accept(ContentType.JSON).when().get("/verify/not-an-id")
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void shouldServeTheStylesheetWithoutExternalResources() {
        String css = given().when().get("/css/certbadge.css").then().statusCode(200)
                .contentType(containsString("text/css")).extract().asString();
        assertFalse(css.contains("http://") || css.contains("https://") || css.contains("@import"), css);
        String html = page(Issuing.issue(Records.valid())).asString();
        assertFalse(html.matches("(?s).*(src|href)=\"https?://(?!localhost)[^\"]*\\.(css|js|woff2?)\".*"), html);
    }

    private ExtractableResponse<Response> page(String id) {
        return given().accept(BROWSER_ACCEPT).when().get("/verify/" + id).then().statusCode(200).extract();
    }

    private static String meta(String html, String property) {
        Matcher m = Pattern.compile("<meta (?:property|name)=\"" + Pattern.quote(property) + "\" content=\"([^\"]*)\">")
                .matcher(html);
        if (!m.find()) {
            throw new AssertionError("no " + property + " in " + html);
        }
        return m.group(1);
    }
}
