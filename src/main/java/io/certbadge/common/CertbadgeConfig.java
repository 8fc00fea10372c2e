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
}
