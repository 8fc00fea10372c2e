package io.certbadge.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every {@code certbadge.*} property, as documented in the README and the contract. */
@ConfigMapping(prefix = "certbadge")
public interface CertbadgeConfig {

    /** {@code {base}}: every URL written into a credential, QR code, link or page starts with it. */
    @WithName("public-base-url")
    String publicBaseUrl();

    Signing signing();

    Issuer issuer();

    @WithName("api-keys")
    Map<String, ApiKey> apiKeys();

    Limits limits();

    @WithName("rate-limit")
    RateLimit rateLimit();

    Outbox outbox();

    Mail mail();

    Webhooks webhooks();

    interface Signing {
        @WithName("key-file")
        Path keyFile();

        /** The active Ed25519 key (PKCS#8 PEM) of the embedded Data Integrity proof, eddsa-rdfc-2022. */
        @WithName("ed25519-key-file")
        Path ed25519KeyFile();
    }

    interface Issuer {
        String name();

        String url();

        String email();

        @WithDefault("Issues Certified Trainer certifications.")
        String description();

        /** Absolute URL of the issuer's logo; the service's own logo when unset. */
        @WithName("image-url")
        Optional<String> imageUrl();

        @WithName("linkedin-organization-id")
        Optional<String> linkedinOrganizationId();
    }

    interface ApiKey {
        /** Hex SHA-256 of the key; the key itself is never stored. */
        String sha256();

        List<String> scopes();
    }

    /** Request bodies, per route, however they are sent (RequestBodyLimits). */
    interface Limits {
        /** Largest JSON body the API accepts. */
        @WithName("api-body-bytes")
        @WithDefault("1048576")
        long apiBodyBytes();

        /** Largest body of {@code POST /api/v1/credentials/batch} (up to 1,000 records). */
        @WithName("batch-body-bytes")
        @WithDefault("16777216")
        long batchBodyBytes();

        /** Largest presented credential (VC-JWT or JSON) the public verifiers accept. */
        @WithName("credential-bytes")
        @WithDefault("262144")
        long credentialBytes();

        /** Largest baked badge image (or form upload) {@code POST /verify} accepts. */
        @WithName("upload-bytes")
        @WithDefault("5242880")
        long uploadBytes();
    }

    /** Per-client token buckets on the public endpoints (RateLimits); defaults in application.properties. */
    interface RateLimit {
        boolean enabled();

        /** Cheap reads: pages, documents, keys, cached images. */
        Budget reads();

        /** Expensive work: presented credentials verified, images drawn. */
        Budget expensive();

        /** How many client addresses are tracked at most; the least recently seen are forgotten. */
        @WithName("max-clients")
        long maxClients();
    }

    interface Budget {
        /** Requests a client may make at once (the bucket's size). */
        long capacity();

        /** Requests per minute the bucket refills. */
        @WithName("per-minute")
        long perMinute();
    }

    /** The transactional outbox that sends mail and webhooks (OutboxWorker). */
    interface Outbox {
        /** false: messages are still written, but this instance sends none (another instance, or a later start, does). */
        @WithDefault("true")
        boolean deliver();

        /** How often each instance looks for due messages; a commit on this instance also wakes it at once. */
        @WithName("poll-every")
        @WithDefault("1s")
        String pollEvery();

        /** Messages this instance sends at once (one database connection each while claiming). */
        @WithDefault("4")
        int workers();

        /** How long a claimed message is this instance's; after that (a crash mid-send) another may send it. */
        @WithDefault("PT2M")
        java.time.Duration lease();

        /** The first retry comes this long after a failed attempt; each later one twice as long after the last. */
        @WithName("first-retry")
        @WithDefault("PT30S")
        java.time.Duration firstRetry();

        /** No two attempts are further apart than this. */
        @WithName("max-retry-interval")
        @WithDefault("PT6H")
        java.time.Duration maxRetryInterval();

        /** A message is retried until it is at least this old, then given up (and the last failure audited). */
        @WithName("retry-for")
        @WithDefault("PT24H")
        java.time.Duration retryFor();
    }

    /** The earner's e-mail; the SMTP server itself is {@code quarkus.mailer.*}. */
    interface Mail {
        @WithDefault("true")
        boolean enabled();
    }

    /** Webhooks to the certification system. */
    interface Webhooks {
        /** Targets that resolve to loopback, link-local or private addresses are refused unless this is true. */
        @WithName("allow-private-targets")
        @WithDefault("false")
        boolean allowPrivateTargets();

        /** One attempt's limit, connecting and answering included. */
        @WithDefault("PT10S")
        java.time.Duration timeout();
    }
}
