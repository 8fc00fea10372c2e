package io.certbadge.support;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * The service signing with the RSA example key (RS256) instead of the default EC key (ES256). The
 * signing and verification test classes run once in each: {@code XxxRs256Test extends XxxTest}.
 */
public class Rs256Signing implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("certbadge.signing.key-file", "keys-example/rsa-2048.pem");
    }
}
