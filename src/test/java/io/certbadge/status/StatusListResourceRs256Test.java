package io.certbadge.status;

import io.certbadge.support.Rs256Signing;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link StatusListResourceTest} with the service signing RS256 (its own tests sign ES256). */
@QuarkusTest
@TestProfile(Rs256Signing.class)
class StatusListResourceRs256Test extends StatusListResourceTest {
}
