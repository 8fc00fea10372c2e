package io.certbadge.security;

import io.certbadge.common.CertbadgeConfig;
import io.certbadge.signing.KeyMaterial;
import io.certbadge.signing.PemKeyLoader;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;

/**
 * In production the service refuses to start with a published example key or with no API key,
 * and says why. Dev mode and tests allow both.
 */
@ApplicationScoped
public class ProductionReadiness {

    private static final Logger LOG = Logger.getLogger(ProductionReadiness.class);

    private final CertbadgeConfig config;
    private final ApiKeys apiKeys;

    public ProductionReadiness(CertbadgeConfig config, ApiKeys apiKeys) {
        this.config = config;
        this.apiKeys = apiKeys;
    }

    void onStart(@Observes @Priority(1) StartupEvent event) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        if (!config.publicBaseUrl().startsWith("https://")) {
            LOG.warnf("certbadge.public-base-url is %s; use an https:// URL in production: it is written into every"
                    + " credential and QR code", config.publicBaseUrl());
        }
        List<String> problems = problems(PemKeyLoader.load(config.signing().keyFile()), apiKeys.isEmpty());
        if (!problems.isEmpty()) {
            throw new IllegalStateException("certbadge refuses to start in production:\n - " + String.join("\n - ", problems));
        }
    }

    static List<String> problems(KeyMaterial key, boolean noApiKeys) {
        List<String> problems = new ArrayList<>();
        if (key.example()) {
            problems.add("certbadge.signing.key-file is an example key from keys-example/, which anyone can sign with;"
                    + " make your own with 'openssl genpkey' (see keys-example/README.md)");
        }
        if (noApiKeys) {
            problems.add("no API key is configured; set certbadge.api-keys.\"<name>\".sha256 and .scopes"
                    + " (see README, Configuration)");
        }
        return problems;
    }
}
