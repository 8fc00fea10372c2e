package io.certbadge.support;

/** The test profile's API keys (their SHA-256 hashes are in application.properties, %test). */
public final class ApiKeysForTests {

    public static final String ISSUER = "test-issuer-key";
    public static final String READER = "test-reader-key";
    public static final String REVOKER = "test-revoker-key";
    public static final String ADMIN = "test-admin-key";

    private ApiKeysForTests() {
    }

    public static String bearer(String key) {
        return "Bearer " + key;
    }
}
