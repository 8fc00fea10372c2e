package io.certbadge.security;

import io.certbadge.common.CertbadgeConfig;
import io.certbadge.signing.Ed25519KeyLoader;
import io.certbadge.signing.KeyMaterial;
import io.certbadge.signing.PemKeyLoader;
import io.certbadge.signing.dataintegrity.Ed25519Key;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * In production the service refuses to start with a published example key (JWT or Ed25519), with
 * no API key or with the API key the README publishes for dev mode, and says why. Dev mode and
 * tests allow them. It warns about settings that are legitimate but risky: an http base URL,
 * webhooks allowed into the internal network.
 */
@ApplicationScoped
public class ProductionReadiness {

    private static final Logger LOG = Logger.getLogger(ProductionReadiness.class);
    /** Printed in the README for dev mode, so anyone can present it. */
    static final String PUBLISHED_DEV_KEY = "certbadge-dev-key-0000-do-not-use-in-production";

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
        if (config.webhooks().allowPrivateTargets()) {
            LOG.warn("certbadge.webhooks.allow-private-targets is true: whoever holds an admin key can make this service"
                    + " POST to loopback, link-local and private addresses, over plain http; keep it false unless the"
                    + " certification system is on this network");
        }
        List<String> problems = problems(PemKeyLoader.load(config.signing().keyFile()),
                Ed25519KeyLoader.load(config.signing().ed25519KeyFile()), apiKeys.isEmpty(),
                apiKeys.authenticate(PUBLISHED_DEV_KEY).map(ApiKeys.ApiKey::name));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("certbadge refuses to start in production:\n - " + String.join("\n - ", problems));
        }
    }

    static List<String> problems(KeyMaterial key, Ed25519Key ed25519, boolean noApiKeys, Optional<String> devKeyName) {
        List<String> problems = new ArrayList<>();
        if (key.example()) {
            problems.add("certbadge.signing.key-file is an example key from keys-example/, which anyone can sign with;"
                    + " make your own with 'openssl genpkey' (see keys-example/README.md)");
        }
        if (ed25519.example()) {
            problems.add("certbadge.signing.ed25519-key-file is an example key from keys-example/, which anyone can sign"
                    + " with; make your own with 'openssl genpkey -algorithm ed25519' (see keys-example/README.md)");
        }
        if (noApiKeys) {
            problems.add("no API key is configured; set certbadge.api-keys.\"<name>\".sha256 and .scopes"
                    + " (see README, Configuration)");
        }
        devKeyName.ifPresent(name -> problems.add("certbadge.api-keys.\"" + name + "\" is the dev-mode key printed in"
                + " the README, which anyone can present; make a key of your own ('openssl rand -base64 32')"));
        return problems;
    }
}
