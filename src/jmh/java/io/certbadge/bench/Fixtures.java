package io.certbadge.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.JWK;
import io.certbadge.achievement.Achievement;
import io.certbadge.common.CertbadgeConfig;
import io.certbadge.common.PublicUrls;
import io.certbadge.issuance.CertificationRecord;
import io.certbadge.openbadges.CredentialDraft;
import io.certbadge.openbadges.OpenBadgeJson;
import io.certbadge.signing.ActiveKey;
import io.certbadge.signing.CredentialSigner;
import io.certbadge.signing.DataIntegrityKeys;
import io.certbadge.signing.DataIntegritySigner;
import io.certbadge.signing.Ed25519SigningKeys;
import io.certbadge.signing.KeyMaterial;
import io.certbadge.signing.PemKeyLoader;
import io.certbadge.signing.SigningKeys;
import io.certbadge.signing.VcJwtSigner;
import io.certbadge.signing.dataintegrity.Ed25519Key;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The real production classes wired by hand, without Quarkus or a database, so the benchmarks
 * measure the work itself. Run from the repository root (keys-example/ and examples/ are read from there).
 */
public final class Fixtures {

    public static final String BASE = "http://localhost:8098";
    public static final String KEY_ID = "benchKey0000000000000a";
    public static final String ED25519_KEY_ID = "benchEd25519000000000a";
    public static final Instant NOW = Instant.parse("2026-10-20T09:00:00Z");

    public static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    public static final CertbadgeConfig CONFIG = new BenchConfig();
    public static final PublicUrls URLS = new PublicUrls(CONFIG);

    private Fixtures() {
    }

    /** The sample record of examples/, as the certification system sends it. */
    public static CertificationRecord record() {
        try {
            return JSON.readValue(Files.readString(Path.of("examples/certification-record.json")), CertificationRecord.class);
        } catch (IOException e) {
            throw new UncheckedIOException("run from the repository root", e);
        }
    }

    /** The seeded gitlab-ci-cd achievement (V2__seed_trainer_catalog.sql). */
    public static Achievement achievement() {
        Achievement a = new Achievement();
        a.id = 1L;
        a.slug = "gitlab-ci-cd";
        a.name = "Certified Trainer: GitLab CI/CD";
        a.courseName = "GitLab CI/CD";
        a.description = "Certifies that the holder is qualified to deliver the instructor-led GitLab CI/CD course: "
                + "pipelines, jobs, runners, environments and deployment strategies.";
        a.courseCriteria = "Pass the GitLab CI/CD end-user assessment.";
        a.assessmentAvailable = true;
        a.minObservationAverage = new BigDecimal("4.00");
        a.minSurveyAverage = new BigDecimal("4.00");
        a.colour = "#b42318";
        return a;
    }

    /** A credential as the service issues it for the sample record, built by the production OpenBadgeJson. */
    public static ObjectNode credential() {
        CredentialDraft draft = new CredentialDraft("Ab3dEf6hIj9kLm2nOp5qRs", achievement().definition(),
                "urn:uuid:6f1c2b1e-8a4d-4c3b-9d2e-0f5a7b8c9d10", "Ada Lovelace",
                "sha256$3c5e7f0a9b1d2c4e6f8a0b2c4d6e8f0a1b3c5d7e9f1a3b5c7d9e1f3a5b7c9d1e", "q0Lr8sT1uV4wX7yZ",
                NOW, null, new BigDecimal("4.50"), new BigDecimal("4.33"), LocalDate.parse("2026-10-15"),
                List.of(new CredentialDraft.EvidenceItem("https://gitlab.example.com/education/trainers/-/issues/42",
                                "Certification record CT-2026-0042", "The trainer's certification record."),
                        new CredentialDraft.EvidenceItem(null, "Full delivery",
                                "Delivered the whole course to ACME Corp on 2026-10-14; survey average 4.33 of 5.")),
                new CredentialDraft.StatusPosition("st4tusL1st000000000000", 48_213));
        return new OpenBadgeJson(URLS, CONFIG, JSON).credential(draft);
    }

    public static KeyMaterial key(String algorithm) {
        return PemKeyLoader.load(Path.of(switch (algorithm) {
            case "ES256" -> "keys-example/ec-p256.pem";
            case "RS256" -> "keys-example/rsa-2048.pem";
            default -> throw new IllegalArgumentException(algorithm);
        }));
    }

    /**
     * One fixed key instead of the key registry's database: {@code active()} and
     * {@code publishedKey()} answer from memory, so verification figures exclude the key lookup query.
     */
    public static SigningKeys keys(KeyMaterial material) {
        return new FixedKeys(new ActiveKey(1L, KEY_ID, material), published(material));
    }

    /** The Data Integrity proof's key the same way: one fixed Ed25519 key, active under {@link #ED25519_KEY_ID}. */
    public static Ed25519SigningKeys ed25519Keys(Ed25519Key key) {
        DataIntegrityKeys.Active active = new DataIntegrityKeys.Active(1L, ED25519_KEY_ID, key);
        return () -> active;
    }

    /** Every proof signer the service has (VC-JWT and Data Integrity), behind its facade, as CDI wires them. */
    public static CredentialSigner credentialSigner(SigningKeys jwtKeys, Ed25519SigningKeys ed25519Keys) {
        return new CredentialSigner(List.of(new VcJwtSigner(jwtKeys, URLS, JSON), new DataIntegritySigner(ed25519Keys, URLS)),
                JSON);
    }

    private record FixedKeys(ActiveKey active, JWK published) implements SigningKeys {
        @Override
        public Optional<JWK> publishedKey(String keyId) {
            return KEY_ID.equals(keyId) ? Optional.of(published) : Optional.empty();
        }
    }

    private static JWK published(KeyMaterial material) {
        Map<String, Object> json = material.publicJwk().toJSONObject();
        json.put("kid", URLS.key(KEY_ID));
        json.put("alg", material.algorithm().getName());
        json.put("use", "sig");
        try {
            return JWK.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class BenchConfig implements CertbadgeConfig {
        @Override
        public String publicBaseUrl() {
            return BASE;
        }

        @Override
        public Signing signing() {
            return new Signing() {
                @Override
                public Path keyFile() {
                    return Path.of("keys-example/ec-p256.pem");
                }

                @Override
                public Path ed25519KeyFile() {
                    return Path.of("keys-example/ed25519.pem");
                }
            };
        }

        @Override
        public Issuer issuer() {
            return new Issuer() {
                @Override
                public String name() {
                    return "Example Vendor Education Services";
                }

                @Override
                public String url() {
                    return "https://www.example.com/education";
                }

                @Override
                public String email() {
                    return "certification@example.com";
                }

                @Override
                public String description() {
                    return "Issues the Certified Trainer certifications of the vendor's instructor-led training catalog.";
                }

                @Override
                public Optional<String> imageUrl() {
                    return Optional.empty();
                }

                @Override
                public Optional<String> linkedinOrganizationId() {
                    return Optional.empty();
                }
            };
        }

        @Override
        public Map<String, ApiKey> apiKeys() {
            return Map.of();
        }

        @Override
        public Limits limits() {
            return new Limits() {
                @Override
                public long apiBodyBytes() {
                    return 1_048_576;
                }

                @Override
                public long batchBodyBytes() {
                    return 16_777_216;
                }

                @Override
                public long credentialBytes() {
                    return 262_144;
                }

                @Override
                public long uploadBytes() {
                    return 5_242_880;
                }
            };
        }

        /** No rate limits: the benchmarks call the classes directly, with no client address. */
        @Override
        public RateLimit rateLimit() {
            return new RateLimit() {
                @Override
                public boolean enabled() {
                    return false;
                }

                @Override
                public Budget reads() {
                    return unlimited();
                }

                @Override
                public Budget expensive() {
                    return unlimited();
                }

                @Override
                public long maxClients() {
                    return 0;
                }
            };
        }

        /** The benchmarks issue no credential through the service: nothing is queued or sent. */
        @Override
        public Outbox outbox() {
            return new Outbox() {
                @Override
                public boolean deliver() {
                    return false;
                }

                @Override
                public String pollEvery() {
                    return "1s";
                }

                @Override
                public int workers() {
                    return 1;
                }

                @Override
                public Duration lease() {
                    return Duration.ofMinutes(2);
                }

                @Override
                public Duration firstRetry() {
                    return Duration.ofSeconds(30);
                }

                @Override
                public Duration maxRetryInterval() {
                    return Duration.ofHours(6);
                }

                @Override
                public Duration retryFor() {
                    return Duration.ofHours(24);
                }
            };
        }

        @Override
        public Mail mail() {
            return () -> false;
        }

        @Override
        public Webhooks webhooks() {
            return new Webhooks() {
                @Override
                public boolean allowPrivateTargets() {
                    return false;
                }

                @Override
                public Duration timeout() {
                    return Duration.ofSeconds(10);
                }
            };
        }

        private static Budget unlimited() {
            return new Budget() {
                @Override
                public long capacity() {
                    return Long.MAX_VALUE;
                }

                @Override
                public long perMinute() {
                    return Long.MAX_VALUE;
                }
            };
        }
    }
}
