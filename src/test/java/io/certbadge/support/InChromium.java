package io.certbadge.support;

import io.quarkus.test.common.http.TestHTTPResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import java.io.IOException;
import java.net.URL;

/**
 * The life of a browser test class ({@code @QuarkusTest}s extend it): one {@link HeadlessChromium}
 * for the class, started once the test server's port is known, back to its default languages after
 * each test, quit after the class. Without Chromium the class is skipped (failed in CI).
 */
public abstract class InChromium {

    protected static HeadlessChromium chromium;

    /** The public base URL, as written into credentials; the browser reaches the test server through it. */
    @ConfigProperty(name = "certbadge.public-base-url")
    protected String base;

    @TestHTTPResource("/")
    protected URL server;

    @BeforeAll
    static void requireBrowser() {
        HeadlessChromium.require();
    }

    @BeforeEach
    void startBrowser() throws IOException {
        if (chromium == null) {
            chromium = HeadlessChromium.start(base, server);
        }
    }

    @AfterEach
    void defaultLanguages() {
        chromium.forgetLanguagePreferences();
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.quit();
            chromium = null;
        }
    }
}
