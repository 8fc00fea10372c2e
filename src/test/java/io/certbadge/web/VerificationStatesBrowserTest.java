package io.certbadge.web;

import io.certbadge.support.InChromium;
import io.certbadge.support.IssuanceLogForTests;
import io.certbadge.support.Issuing;
import io.certbadge.support.Records;
import io.certbadge.support.Revoking;
import io.certbadge.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import static io.certbadge.support.HeadlessChromium.DESKTOP;
import static io.certbadge.support.HeadlessChromium.PHONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The verification page in each state a credential can be in, as people see it in Chromium: what
 * tells them apart, in English and German, on a desktop and a 360 px phone, with axe-core finding
 * nothing on any of them. Screenshots: target/screenshots/{valid,revoked,expired,invalid}-{desktop,phone}.png.
 */
@QuarkusTest
class VerificationStatesBrowserTest extends InChromium {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldGreyAndStampARevokedBadgeAndStopAdvertisingIt() {
        String valid = Issuing.issue(Records.valid());
        String revoked = Issuing.issue(Records.valid());
        Revoking.revoke(revoked, "The observed delivery did not take place.");
        IssuanceLogForTests.integrateNow();

        look(valid, "valid");
        assertEquals("Valid", text("h1"));
        assertTrue(chromium.driver().findElements(By.cssSelector(".stamp")).isEmpty(), "a valid badge has no stamp");
        assertEquals("none", badgeFilter());
        assertTrue(chromium.driver().findElement(By.id("add-to-linkedin")).isDisplayed());
        assertEquals("Ada Lovelace \u2013 Certified Trainer: GitLab CI/CD", meta("og:title"));
        byte[] validCard = shareCard("valid");

        look(revoked, "revoked");
        assertEquals("Revoked", text("h1"));
        assertEquals("REVOKED", text(".stamp"));
        assertTrue(badgeFilter().startsWith("grayscale(1)"), "the revoked badge is greyed: " + badgeFilter());
        assertTrue(chromium.driver().findElements(By.id("add-to-linkedin")).isEmpty(), "no LinkedIn button");
        assertTrue(chromium.driver().findElements(By.id("share-on-linkedin")).isEmpty(), "no LinkedIn share");
        assertEquals("REVOKED: Ada Lovelace \u2013 Certified Trainer: GitLab CI/CD", meta("og:title"));
        assertTrue(meta("og:description").contains("revoked this certification on"), meta("og:description"));
        assertEquals("Failed", chromium.driver().findElement(By.cssSelector("tr[data-check=status] td")).getText()
                .replace("\u2717", "").strip());
        assertFalse(Arrays.equals(validCard, shareCard("revoked")), "the revoked credential's preview card differs");
    }

    @Test
    void shouldShowAnExpiredCertificationAsExpiredAndStamped() {
        String id = Issuing.issue(Records.valid(Records.SUBCONTRACTOR_EXPIRING));
        IssuanceLogForTests.integrateNow();
        clock.advance(Duration.ofDays(3 * 366 + 40));
        look(id, "expired");
        assertEquals("Expired", text("h1"));
        assertEquals("EXPIRED", text(".stamp"));
        assertTrue(chromium.driver().findElements(By.id("add-to-linkedin")).isEmpty(), "an expired one is not advertised");
        assertTrue(meta("og:title").startsWith("EXPIRED: "), meta("og:title"));
        shareCard("expired");
    }

    @Test
    void shouldShowAnAlteredCredentialAsInvalidWithOnlyWhatItClaims() {
        String jwt = Issuing.post(Records.valid()).statusCode(201).extract().path("credentialJwt");
        String[] parts = jwt.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("Ada Lovelace", "Eve Mallory");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        for (var size : new org.openqa.selenium.Dimension[] {DESKTOP, PHONE}) {
            chromium.open(base + "/verify", size);
            chromium.driver().findElement(By.id("jwt")).sendKeys(forged);
            submit();
            assertEquals("Invalid", text("h1"));
            assertTrue(text(".verdict-sentence").contains("The signature check failed"), text(".verdict-sentence"));
            assertTrue(text(".claims-warning").startsWith("Unconfirmed"));
            assertEquals("Eve Mallory", text(".recipient"));
            assertTrue(chromium.fitsWidth(), "no sideways scrolling at " + size + ": " + chromium.tooWide());
            chromium.assertAccessible("the invalid credential's page");
            chromium.screenshot("invalid-" + (size == PHONE ? "phone" : "desktop"));
        }
    }

    @Test
    void shouldSpeakGermanToAGermanBrowser() {
        String id = Issuing.issue(Records.valid());
        Revoking.revoke(id, "Beobachtung fand nicht statt.");
        IssuanceLogForTests.integrateNow();
        chromium.acceptLanguage("de-DE,de;q=0.9");
        chromium.open(base + "/verify/" + id, DESKTOP);
        assertEquals("de", chromium.driver().findElement(By.tagName("html")).getDomAttribute("lang"));
        assertEquals("Widerrufen", text("h1"));
        assertTrue(text(".verdict-sentence").matches("Der Aussteller hat diese Zertifizierung am \\d{1,2}\\. [A-ZÄÖÜ][a-zä]+ "
                + "\\d{4} widerrufen\\. Grund: Beobachtung fand nicht statt\\."), text(".verdict-sentence"));
        assertEquals("WIDERRUFEN", text(".stamp"));
        assertEquals("Signatur", text("tr[data-check=signature] th"));
        assertTrue(meta("og:title").startsWith("WIDERRUFEN: "), meta("og:title"));
        chromium.assertAccessible("the German page of a revoked credential");
        chromium.screenshot("revoked-de-desktop");
        chromium.open(base + "/verify/" + id, PHONE);
        assertTrue(chromium.fitsWidth(), "the longer German words fit a phone too: " + chromium.tooWide());
        chromium.screenshot("revoked-de-phone");
    }

    /** Opens a credential's page on a desktop and a phone: screenshots, width and axe-core for both. */
    private void look(String id, String state) {
        chromium.open(base + "/verify/" + id, PHONE);
        assertTrue(chromium.fitsWidth(), "no sideways scrolling on a 360 px phone (" + state + "): " + chromium.tooWide());
        chromium.assertAccessible("the " + state + " credential's page on a phone");
        chromium.screenshot(state + "-phone");
        WebElement details = chromium.driver().findElement(By.cssSelector("details.technical"));
        details.findElement(By.tagName("summary")).click();
        chromium.driver().executeScript("arguments[0].scrollIntoView()", details);
        assertTrue(chromium.fitsWidth(), "the technical details fit a phone too (" + state + "): " + chromium.tooWide());
        chromium.screenshot(state + "-phone-details");
        chromium.open(base + "/verify/" + id, DESKTOP);
        chromium.assertAccessible("the " + state + " credential's page");
        chromium.screenshot(state + "-desktop");
    }

    private static void submit() {
        WebElement button = chromium.driver().findElement(By.cssSelector("form.verify-form button[type=submit]"));
        button.click();
        WebDriverWait wait = new WebDriverWait(chromium.driver(), Duration.ofSeconds(15));
        wait.until(ExpectedConditions.stalenessOf(button));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("h1")));
    }

    private static String badgeFilter() {
        return chromium.driver().findElement(By.cssSelector("img.badge")).getCssValue("filter");
    }

    private static String meta(String property) {
        return chromium.driver().findElement(By.cssSelector("meta[property='" + property + "']")).getDomAttribute("content");
    }

    private static String text(String css) {
        return chromium.driver().findElement(By.cssSelector(css)).getText();
    }

    /** The link-preview card the open page's og:image names, kept beside the screenshots to look at. */
    private static byte[] shareCard(String state) {
        byte[] png = given().when().get(URI.create(meta("og:image")).getPath()).then().statusCode(200)
                .contentType("image/png").extract().asByteArray();
        try {
            Files.write(Path.of("target", "screenshots", "share-" + state + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png;
    }
}
