package io.certbadge.web;

import io.certbadge.support.InChromium;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static io.certbadge.support.HeadlessChromium.DESKTOP;
import static io.certbadge.support.HeadlessChromium.PHONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The start page, the 404 page and the language switch, as people see them in Chromium. */
@QuarkusTest
class StartAndNotFoundPagesBrowserTest extends InChromium {

    @Test
    void shouldWelcomePeopleWithTheIssuerTheCertificationsAndTheVerifyForm() {
        chromium.open(base + "/", DESKTOP);
        assertEquals("Certified Trainer certifications of Example Vendor Education Services", text("h1"));
        assertTrue(chromium.driver().findElements(By.cssSelector(".catalog-item h3 a")).size() >= 5, "the catalog is listed");
        assertTrue(chromium.driver().findElement(By.cssSelector("img.brand-logo")).getDomProperty("naturalWidth")
                .matches("[1-9]\\d*"), "the issuer logo loads");
        assertTrue(chromium.driver().findElement(By.cssSelector("form.verify-form")).isDisplayed());
        chromium.assertAccessible("the start page");
        chromium.screenshot("start");

        chromium.driver().findElement(By.linkText("Certified Trainer: GitLab CI/CD")).click();
        assertEquals("Certified Trainer: GitLab CI/CD", text("h1"), "each certification links to its page");

        chromium.open(base + "/", PHONE);
        assertTrue(chromium.fitsWidth(), "no sideways scrolling on a 360 px phone");
        chromium.screenshot("start-phone");
    }

    @Test
    void shouldShowTheNotFoundPageForAnAddressThatLeadsNowhere() {
        chromium.open(base + "/verfiy/typo", DESKTOP);
        assertEquals("Page not found", text("h1"));
        assertTrue(chromium.driver().findElement(By.linkText("Start page")).isDisplayed());
        chromium.assertAccessible("the 404 page");
        chromium.screenshot("not-found");
        chromium.open(base + "/verfiy/typo", PHONE);
        assertTrue(chromium.fitsWidth(), "no sideways scrolling on a 360 px phone");
    }

    @Test
    void shouldSpeakGermanToAGermanBrowserAndSwitchBackOnRequest() {
        chromium.acceptLanguage("de-DE,de;q=0.9,en;q=0.5");
        chromium.open(base + "/", DESKTOP);
        assertEquals("de", chromium.driver().findElement(By.tagName("html")).getDomAttribute("lang"));
        assertEquals("Eine Zertifizierung prüfen", text("h2#verify-title"));
        chromium.assertAccessible("the German start page");
        chromium.screenshot("start-de");

        chromium.driver().findElement(By.cssSelector("a.language-switch")).click();
        assertEquals("en", chromium.driver().findElement(By.tagName("html")).getDomAttribute("lang"));
        chromium.open(base + "/verify", DESKTOP);
        assertEquals("Verify a credential", text("h1"), "the switched language sticks on the next page");
    }

    private static String text(String css) {
        return chromium.driver().findElement(By.cssSelector(css)).getText();
    }
}
