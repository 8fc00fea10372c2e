package io.certbadge.verification;

import io.certbadge.support.Rs256Signing;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link ExpiryVerificationTest} with the service signing RS256 (its own tests sign ES256). */
@QuarkusTest
@TestProfile(Rs256Signing.class)
class ExpiryVerificationRs256Test extends ExpiryVerificationTest {
}
