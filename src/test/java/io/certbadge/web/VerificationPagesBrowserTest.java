package io.certbadge.web;

import io.certbadge.support.HeadlessChromium;
import io.certbadge.support.InChromium;
import io.certbadge.support.IssuanceLogForTests;
import io.certbadge.support.Issuing;
import io.certbadge.support.Records;
import io.certbadge.support.Revoking;
import io.certbadge.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a person sees in a real (headless) Chromium: the verdict, whose credential it is, the
 * LinkedIn button, the form with a pasted JWT or a badge link. One browser for the whole class
 * ({@link HeadlessChromium}, which also maps the public base URL's host to the test server);
 * screenshots go to target/screenshots/.
 */
@QuarkusTest
class VerificationPagesBrowserTest extends InChromium {

    private static final Dimension DESKTOP = HeadlessChromium.DESKTOP;
    private static final Dimension PHONE = HeadlessChromium.PHONE;

    @Inject
    TestClock clock;

    @Test
    void shouldShowAValidCredentialWithItsRecipientAndTheLinkedInButton() {
        Map<String, Object> issued = Issuing.post(Records.valid()).statusCode(201).extract().as(Map.class);
        IssuanceLogForTests.integrateNow();
        open("/verify/" + issued.get("id"), DESKTOP);

        assertEquals("Valid", text(By.cssSelector("h1")));
        assertTrue(text(By.cssSelector(".verdict-sentence")).startsWith("This certification is genuine and current"));
        assertEquals("Ada Lovelace", text(By.cssSelector(".recipient")));
        assertEquals("Certified Trainer: GitLab CI/CD", text(By.cssSelector("h2#achievement-name")));
        assertEquals(issued.get("linkedInAddToProfileUrl"),
                browser().findElement(By.id("add-to-linkedin")).getDomAttribute("href"),
                "the button carries the contract's add-to-profile URL");
        assertEquals("Add to LinkedIn profile", text(By.id("add-to-linkedin")));
        assertEquals(base + "/verify/" + issued.get("id"), browser().findElement(By.id("share-link")).getDomAttribute("href"));
        assertEquals(6, browser().findElements(By.cssSelector("table.checks tbody tr.pass")).size(), "six checks passed");
        assertTrue(text(By.id("log-entry")).matches("Listed in the issuer's public log as entry \\d+\\."),
                text(By.id("log-entry")));
        assertTrue(browser().findElement(By.cssSelector(".qr img")).getDomAttribute("alt").contains("QR code"));
        screenshot("verification-valid");

        new Actions(browser()).sendKeys(Keys.TAB).perform();
        assertEquals("Skip to the main content", browser().switchTo().activeElement().getText(),
                "the first Tab reaches the skip link, which is then visible");
        screenshot("verification-valid-focus");

        browser().manage().window().setSize(PHONE);
        browser().navigate().refresh();
        assertTrue(chromium.fitsWidth(), "the page fits a phone's width without sideways scrolling: " + chromium.tooWide());
        screenshot("verification-valid-phone");
    }

    @Test
    void shouldShowAHostileNameAsPlainText() {
        var record = Records.valid();
        Records.candidate(record).put("name", "<script>alert(1)</script>");
        open("/verify/" + Issuing.issue(record), DESKTOP);
        assertEquals("<script>alert(1)</script>", text(By.cssSelector(".recipient")));
        assertTrue(browser().findElements(By.tagName("script")).isEmpty(), "no script element on the page");
    }

    @Test
    void shouldShowWhenAndWhyACredentialWasRevoked() {
        String id = Issuing.issue(Records.valid());
        Revoking.revoke(id, "The observed delivery did not take place.");
        open("/verify/" + id, DESKTOP);
        assertEquals("Revoked", text(By.cssSelector("h1")));
        String sentence = text(By.cssSelector(".verdict-sentence"));
        assertTrue(sentence.startsWith("The issuer revoked this certification on "), sentence);
        assertTrue(sentence.endsWith("Reason: The observed delivery did not take place."), sentence);
        assertTrue(browser().findElements(By.id("add-to-linkedin")).isEmpty(), "no LinkedIn button for a revoked credential");
        screenshot("verification-revoked");
    }

    @Test
    void shouldSayPlainlyThatAnUnknownCredentialDoesNotExist() {
        open("/verify/AAAAAAAAAAAAAAAAAAAAAA", DESKTOP);
        assertEquals("Credential not found", text(By.cssSelector("h1")));
        assertFalse(browser().getPageSource().contains("add-to-linkedin"));
        screenshot("verification-unknown");
    }

    @Test
    void shouldShowAnExpiredCredentialAsExpired() {
        String id = Issuing.issue(Records.valid(Records.SUBCONTRACTOR_EXPIRING));
        IssuanceLogForTests.integrateNow();
        clock.advance(Duration.ofDays(3 * 366 + 40));
        try {
            open("/verify/" + id, DESKTOP);
            assertEquals("Expired", text(By.cssSelector("h1")));
            assertTrue(text(By.cssSelector(".verdict-sentence")).startsWith("This certification expired on "));
            assertTrue(browser().findElement(By.cssSelector("table.checks tbody tr.fail th")).getText()
                    .equals("Validity period"), "the failed check is named");
            screenshot("verification-expired");
        } finally {
            clock.reset();
        }
    }

    @Test
    void shouldVerifyAPastedJwtFromTheForm() {
        String jwt = Issuing.post(Records.valid()).statusCode(201).extract().path("credentialJwt");
        open("/verify", DESKTOP);
        assertEquals("Verify a credential", text(By.cssSelector("h1")));
        WebElement field = browser().findElement(By.id("jwt"));
        field.sendKeys(jwt);
        screenshot("verify-form");
        submitVerifyForm();

        assertEquals("Valid", text(By.cssSelector("h1")));
        assertEquals("Ada Lovelace", text(By.cssSelector(".recipient")));
        screenshot("verify-form-result");
    }

    @Test
    void shouldOpenTheCredentialsPageFromItsLinkEnteredInTheForm() {
        String id = Issuing.issue(Records.valid());
        open("/verify", DESKTOP);
        browser().findElement(By.id("badge")).sendKeys(base + "/verify/" + id + "?utm_source=linkedin");
        screenshot("verify-form-badge-link");
        submitVerifyForm();
        assertEquals(base + "/verify/" + id, browser().getCurrentUrl(), "the browser lands on the credential's page");
        assertEquals("Valid", text(By.cssSelector("h1")));
        assertEquals("Ada Lovelace", text(By.cssSelector(".recipient")));

        open("/", DESKTOP);
        browser().findElement(By.id("badge")).sendKeys("https://www.example.org/badges/" + id);
        submitVerifyForm();
        assertTrue(text(By.id("form-error")).contains("not the address of a badge issued here"), text(By.id("form-error")));
        assertEquals("https://www.example.org/badges/" + id, browser().findElement(By.id("badge")).getDomProperty("value"),
                "what was entered stays in the field");
        chromium.assertAccessible("the form with an error");
        screenshot("verify-form-badge-elsewhere");
    }

    @Test
    void shouldTellWhyAPastedTextIsNoValidCredential() {
        open("/verify", DESKTOP);
        browser().findElement(By.id("jwt")).sendKeys("eyJhbGciOiJub25lIn0.e30.");
        submitVerifyForm();
        assertEquals("Invalid", text(By.cssSelector("h1")));
        assertTrue(text(By.cssSelector(".verdict-sentence")).contains("signature check failed"),
                text(By.cssSelector(".verdict-sentence")));
        screenshot("verify-form-invalid");
    }

    /**
     * Clicking submit does not wait for the navigation it starts: wait until the form page is gone
     * and the answer has its heading, or a fast test reads a half-loaded document.
     */
    private static void submitVerifyForm() {
        WebElement submit = browser().findElement(By.cssSelector("form.verify-form button[type=submit]"));
        submit.click();
        WebDriverWait wait = new WebDriverWait(browser(), Duration.ofSeconds(15));
        wait.until(ExpectedConditions.stalenessOf(submit));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("h1")));
    }

    private void open(String path, Dimension size) {
        browser().manage().window().setSize(size);
        browser().get(base + path);
    }

    private static String text(By by) {
        return browser().findElement(by).getText();
    }

    private static void screenshot(String name) {
        chromium.screenshot(name);
    }

    private static WebDriver browser() {
        return chromium.driver();
    }
}
