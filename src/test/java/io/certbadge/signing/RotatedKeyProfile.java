package io.certbadge.signing;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * A service of its own, started with another key file, for the tests that switch signing keys:
 * the service every other test class talks to keeps its one key, whatever order the classes run in.
 */
public class RotatedKeyProfile implements QuarkusTestProfile {

    /** The key this profile's service is configured with. */
    static final String CONFIGURED_KEY = "keys-example/ec-p256-rotated.pem";
    /** The Ed25519 key (of the Data Integrity proof) this profile's service is configured with. */
    static final String CONFIGURED_ED25519_KEY = "keys-example/ed25519-rotated.pem";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("certbadge.signing.key-file", CONFIGURED_KEY,
                "certbadge.signing.ed25519-key-file", CONFIGURED_ED25519_KEY);
    }
}
