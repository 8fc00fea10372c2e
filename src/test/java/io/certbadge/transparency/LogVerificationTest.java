package io.certbadge.transparency;

import io.certbadge.signing.KeyRegistry;
import io.certbadge.support.Issuing;
import io.certbadge.support.Records;
import io.certbadge.support.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Base64;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The sixth check, {@code log}, as a verifier and a person see it. */
@QuarkusTest
class LogVerificationTest {

    @Inject
    LogSequencer sequencer;

    @Inject
    Scheduler scheduler;

    @Inject
    KeyRegistry keys;

    @Inject
    LogLeafRepository leaves;

    @Inject
    TestClock clock;

    @Inject
    TransparencyLog log;

    @Test
    void shouldReportTheLogEntryWithAProofAnyoneCanCheckAgainstTheSignedCheckpoint() throws Exception {
        String id = Issuing.issue(Records.valid());
        sequencer.integrateNow();
        String jwt = given().when().get("/credentials/" + id + "/jwt").then().statusCode(200).extract().asString();

        JsonPath report = given().accept(ContentType.JSON).when().get("/verify/" + id).then().statusCode(200)
                .body("status", equalTo("VALID"))
                .body("checks[5].check", equalTo("log"))
                .body("checks[5].passed", equalTo(true))
                .extract().jsonPath();
        long index = report.getLong("log.leafIndex");
        int size = report.getInt("log.treeSize");
        assertEquals("listed in the issuer's public log as entry " + index + " (checkpoint of " + size + " entries)",
                report.getString("checks[5].detail"));

        // The checkpoint in the report is signed by the log's key and names the report's size and root.
        String[] body = IndependentNotes.open(report.getString("log.checkpoint"), PublishedLog.key()).split("\n");
        assertEquals(size, Integer.parseInt(body[1]));
        assertEquals(report.getString("log.rootHash"), body[2]);
        // The leaf at that index is the SHA-256 of the VC-JWT, and the proof is RFC 9162's PATH to that root.
        List<byte[]> entries = PublishedLog.entries(size);
        assertArrayEquals(Rfc9162Reference.sha256(jwt.getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
                entries.get((int) index));
        List<byte[]> expected = new Rfc9162Reference(entries).path((int) index, size);
        List<String> proof = report.getList("log.inclusionProof");
        assertEquals(expected.stream().map(Base64.getEncoder()::encodeToString).toList(), proof);

        given().contentType("application/vc+jwt").body(jwt.getBytes(java.nio.charset.StandardCharsets.US_ASCII)).when().post("/verify").then().statusCode(200)
                .body("log.leafIndex", equalTo((int) index));
        given().accept(ContentType.HTML).when().get("/verify/" + id).then().statusCode(200)
                .body(containsString("Listed in the issuer&#39;s public log as entry " + index + "."));
    }

    @Test
    void shouldSayNotYetInTheLogUntilTheSequencerHasIntegratedIt() {
        scheduler.pause(LogSequencer.JOB);
        String id;
        try {
            id = Issuing.issue(Records.valid());
            given().accept(ContentType.JSON).when().get("/verify/" + id).then().statusCode(200)
                    .body("status", equalTo("VALID"))
                    .body("checks[5].check", equalTo("log"))
                    .body("checks[5].passed", equalTo(false))
                    .body("checks[5].skipped", equalTo(true))
                    .body("checks[5].detail", equalTo("not yet in the log"))
                    .body("log", equalTo(null));
            given().accept(ContentType.HTML).when().get("/verify/" + id).then().statusCode(200)
                    .body(containsString("Not checked"))
                    .body(org.hamcrest.Matchers.not(containsString("public log as entry")));
        } finally {
            scheduler.resume(LogSequencer.JOB);
        }
        sequencer.integrateNow();
        given().accept(ContentType.JSON).when().get("/verify/" + id).then().statusCode(200)
                .body("checks[5].passed", equalTo(true));
    }

    @Test
    void shouldCallAJwtSignedWithOurKeyButNeverLoggedInvalidOnceTheDelayIsOver() {
        String genuine = Issuing.post(Records.valid()).statusCode(201).extract().path("credentialJwt");
        String late = ForgedCredentials.forge(genuine, keys.active().material(), clock.instant().minusSeconds(60));
        given().contentType("application/vc+jwt").body(late.getBytes(java.nio.charset.StandardCharsets.US_ASCII)).when().post("/verify").then().statusCode(200)
                .body("checks[0].passed", equalTo(true))
                .body("status", equalTo("INVALID"))
                .body("checks[5].passed", equalTo(false))
                .body("checks[5].detail", startsWith("signed with this issuer's key but not in its public log 60 s"));

        String fresh = ForgedCredentials.forge(genuine, keys.active().material(), clock.instant());
        given().contentType("application/vc+jwt").body(fresh.getBytes(java.nio.charset.StandardCharsets.US_ASCII)).when().post("/verify").then().statusCode(200)
                .body("checks[5].skipped", equalTo(true))
                .body("checks[5].detail", equalTo("not yet in the log"));

        String future = ForgedCredentials.forge(genuine, keys.active().material(), clock.instant().plus(Duration.ofDays(1)));
        given().contentType("application/vc+jwt").body(future.getBytes(java.nio.charset.StandardCharsets.US_ASCII)).when().post("/verify").then().statusCode(200)
                .body("status", equalTo("INVALID"))
                .body("checks[5].passed", equalTo(false));
    }

    @Test
    void shouldPassACredentialIssuedBeforeTheLogExistedOnTheIssuersRecords() {
        scheduler.pause(LogSequencer.JOB);
        String id;
        String jwt;
        try {
            // Issued an hour before the log's first checkpoint (a year back would break the record's date rules).
            clock.advance(Duration.between(clock.instant(), log.startedAt().orElseThrow()).minusHours(1));
            var issued = Issuing.post(Records.valid()).statusCode(201).extract();
            id = issued.path("id");
            jwt = issued.path("credentialJwt");
            clock.reset();
            // A credential from before the log: the same row, without a leaf.
            byte[] leaf = TransparencyLog.leafData(jwt);
            QuarkusTransaction.requiringNew().run(() -> assertEquals(1, leaves.delete("leafIndex is null and leafData = ?1",
                    (Object) leaf)));
        } finally {
            clock.reset();
            scheduler.resume(LogSequencer.JOB);
        }
        given().accept(ContentType.JSON).when().get("/verify/" + id).then().statusCode(200)
                .body("status", equalTo("VALID"))
                .body("checks[5].passed", equalTo(true))
                .body("checks[5].detail", containsString("before the issuer's public log started"));
        // Dated as old, signed with our key, but not a credential of ours: no record to fall back on.
        String forged = ForgedCredentials.forge(jwt, keys.active().material(), log.startedAt().orElseThrow().minus(Duration.ofHours(2)));
        given().contentType("application/vc+jwt").body(forged.getBytes(java.nio.charset.StandardCharsets.US_ASCII)).when().post("/verify").then().statusCode(200)
                .body("status", equalTo("INVALID"))
                .body("checks[5].detail", startsWith("signed with this issuer's key but not in its public log"));
    }
}
