package io.certbadge.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Debian's headless Chromium for the browser tests: screenshots into target/screenshots/, the
 * page's width, the Accept-Language the browser sends, and axe-core's accessibility check.
 * Without Chromium (or without axe-core for {@link #assertAccessible}) a test is skipped, unless
 * CERTBADGE_REQUIRE_BROWSER=1 (as in CI), where anything missing is a failure. axe-core is the npm
 * package; {@code CERTBADGE_AXE_JS} names its {@code axe.min.js} (.ci/run installs it).
 * <p>
 * The browser opens the public URLs as written into credentials ({@code certbadge.public-base-url},
 * a host that resolves nowhere) and Chromium's host resolver sends that host to the test server's
 * port, whichever port it got: so the page's absolute links, images and form post go where a
 * visitor's would, to the same service.
 */
public final class HeadlessChromium {

    public static final Dimension DESKTOP = new Dimension(1280, 1900);
    /** The narrowest phone the pages are made for. */
    public static final Dimension PHONE = new Dimension(360, 2400);

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChromeDriver driver;

    private HeadlessChromium(ChromeDriver driver) {
        this.driver = driver;
    }

    /** In a {@code @BeforeAll}: skips (or, in CI, fails) the class when there is no browser. */
    public static void require() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            missing("Chromium or chromedriver (" + CHROMIUM + ", " + CHROMEDRIVER + ")");
        }
    }

    /**
     * @param base   {@code certbadge.public-base-url}, whose host the browser sends to
     * @param server the test server ({@code @TestHTTPResource("/")}), known once Quarkus runs
     */
    public static HeadlessChromium start(String base, URL server) throws IOException {
        require();
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        Path profile = Files.createDirectories(Path.of("target")).resolve("chromium-profile-" + System.nanoTime());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--hide-scrollbars", "--user-data-dir=" + profile.toAbsolutePath(),
                "--host-resolver-rules=MAP " + URI.create(base).getHost() + " " + server.getHost() + ":" + server.getPort());
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-GB,en"));
        Files.createDirectories(SCREENSHOTS);
        return new HeadlessChromium(new ChromeDriver(options));
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void quit() {
        driver.quit();
    }

    public void open(String url, Dimension size) {
        driver.manage().window().setSize(size);
        driver.get(url);
    }

    /** The Accept-Language header the browser sends from now on, as a German browser would. */
    public void acceptLanguage(String languages) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Accept-Language", languages)));
    }

    public void forgetLanguagePreferences() {
        driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of()));
        driver.manage().deleteAllCookies();
    }

    /** True when the document is no wider than the window: nothing to scroll sideways. */
    public boolean fitsWidth() {
        Object fits = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth;");
        return Boolean.TRUE.equals(fits);
    }

    /**
     * The elements that stick out to the right of the window, or whose text overflows them, to say
     * what makes a page scroll sideways.
     */
    public String tooWide() {
        return String.valueOf(((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('body *'))"
                        + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5"
                        + " || e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'visible')"
                        + ".map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')"
                        + " + ' (' + Math.round(e.getBoundingClientRect().right) + 'px)').slice(0, 8).join(', ');"));
    }

    public byte[] screenshot(String name) {
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png;
    }

    /** Runs axe-core (its default WCAG 2 A/AA and best-practice rules) on the open page. */
    public void assertAccessible(String page) {
        String axe = axeSource();
        driver.executeScript(axe);
        Object result = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(r => done(JSON.stringify(r.violations)), e => done('error: ' + e));");
        List<String> violations = new ArrayList<>();
        try {
            for (JsonNode violation : JSON.readTree(String.valueOf(result))) {
                List<String> targets = new ArrayList<>();
                violation.path("nodes").forEach(node -> targets.add(node.path("target").toString()));
                violations.add(violation.path("id").asText() + " (" + violation.path("impact").asText() + "): "
                        + violation.path("help").asText() + " at " + targets);
            }
        } catch (IOException e) {
            fail("axe-core did not run on " + page + ": " + result);
        }
        if (!violations.isEmpty()) {
            fail("axe-core found " + violations.size() + " violations on " + page + ":\n" + String.join("\n", violations));
        }
    }

    private static String axeSource() {
        String configured = System.getenv("CERTBADGE_AXE_JS");
        Path axe = Path.of(configured != null ? configured : "target/axe/node_modules/axe-core/axe.min.js");
        if (!Files.isReadable(axe)) {
            missing("axe-core (" + axe + "; npm install axe-core, then set CERTBADGE_AXE_JS)");
        }
        try {
            return Files.readString(axe);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void missing(String what) {
        if ("1".equals(System.getenv("CERTBADGE_REQUIRE_BROWSER"))) {
            fail(what + " is missing and CERTBADGE_REQUIRE_BROWSER=1");
        }
        Assumptions.abort(what + " is missing; browser test skipped");
    }
}
