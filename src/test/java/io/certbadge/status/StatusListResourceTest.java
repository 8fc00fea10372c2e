package io.certbadge.status;

import com.nimbusds.jose.JWSObject;
import io.certbadge.support.IssuerDid;
import io.certbadge.support.Issuing;
import io.certbadge.support.PublishedKeys;
import io.certbadge.support.Records;
import io.certbadge.support.Revoking;
import io.certbadge.support.StatusLists;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class StatusListResourceTest {

    @ConfigProperty(name = "certbadge.public-base-url")
    String base;

    @Test
    void shouldPublishTheRevokedBitAsAnyW3cVerifierDecodesIt() throws Exception {
        String revoked = Issuing.issue(Records.valid());
        String kept = Issuing.issue(Records.valid());
        Revoking.revoke(revoked, "Certified in error");
        StatusLists.Entry revokedEntry = StatusLists.entryOf(revoked);
        StatusLists.Entry keptEntry = StatusLists.entryOf(kept);

        String jwt = given().accept("application/vc+jwt").when().get(revokedEntry.path())
                .then().statusCode(200).contentType(containsString("application/vc+jwt")).extract().asString();
        StatusLists.Decoded list = StatusLists.decode(jwt);

        assertEquals(revokedEntry.listUrl(), list.payload().path("id").asText(), "the list's id is its URL");
        assertEquals(List.of("VerifiableCredential", "BitstringStatusListCredential"),
                List.of(list.payload().path("type").get(0).asText(), list.payload().path("type").get(1).asText()));
        assertEquals("BitstringStatusList", list.payload().path("credentialSubject").path("type").asText());
        assertEquals("revocation", list.payload().path("credentialSubject").path("statusPurpose").asText());
        assertEquals(IssuerDid.of(base), list.payload().path("iss").asText(), "the issuer's did:web");
        assertEquals(java.util.Set.of("alg", "typ", "kid"), JWSObject.parse(jwt).getHeader().toJSONObject().keySet());
        assertTrue(list.bits().length >= 16 * 1024,
                "W3C minimum is 131,072 bits (16 KB) uncompressed, got " + list.bits().length + " bytes");
        assertEquals(1, list.bit(revokedEntry.index()), "the revoked credential's bit is 1");
        if (keptEntry.listUrl().equals(revokedEntry.listUrl())) {
            assertEquals(0, list.bit(keptEntry.index()), "a credential in good standing has bit 0");
        } else {
            assertEquals(0, StatusLists.fetch(keptEntry.listUrl()).bit(keptEntry.index()));
        }
    }

    @Test
    void shouldAnswerNotModifiedForTheCurrentEtag() {
        StatusLists.Entry entry = StatusLists.entryOf(Issuing.issue(Records.valid()));
        String etag = given().accept("application/vc+jwt").when().get(entry.path())
                .then().statusCode(200)
                .header("ETag", not(emptyOrNullString()))
                .header("Cache-Control", containsString("max-age="))
                .extract().header("ETag");
        given().accept("application/vc+jwt").header("If-None-Match", etag).when().get(entry.path())
                .then().statusCode(304)
                .header("ETag", etag)
                .body(emptyOrNullString());
        given().accept("application/vc+jwt").header("If-None-Match", "\"something-else\"").when().get(entry.path())
                .then().statusCode(200);
    }

    @Test
    void shouldServeAFreshVersionRightAfterARevocation() {
        String id = Issuing.issue(Records.valid());
        StatusLists.Entry entry = StatusLists.entryOf(id);
        String before = given().accept("application/vc+jwt").when().get(entry.path())
                .then().statusCode(200).extract().header("ETag");
        assertEquals(0, StatusLists.fetch(entry.listUrl()).bit(entry.index()));

        Revoking.revoke(id, "Evidence withdrawn");

        var after = given().accept("application/vc+jwt").header("If-None-Match", before).when().get(entry.path())
                .then().statusCode(200).extract();
        assertNotEquals(before, after.header("ETag"), "a revocation changes the ETag");
        assertEquals(1, StatusLists.decode(after.asString()).bit(entry.index()), "the new version has the bit set");
    }

    @Test
    void shouldServeTheSignedListToClientsThatAcceptAnything() {
        StatusLists.Entry entry = StatusLists.entryOf(Issuing.issue(Records.valid()));
        for (String accept : new String[] {"*/*", "application/*", "application/vc+jwt", "application/json;q=0.5, */*"}) {
            String body = given().accept(accept).when().get(entry.path())
                    .then().statusCode(200).contentType("application/vc+jwt").extract().asString();
            assertTrue(PublishedKeys.verifies(body), "Accept " + accept + " gets the VC-JWT");
        }
        given().header("Accept", "").when().get(entry.path()).then().statusCode(200).contentType("application/vc+jwt");
    }

    @Test
    void shouldServeTheUnsignedJsonOnlyToClientsThatPreferIt() {
        StatusLists.Entry entry = StatusLists.entryOf(Issuing.issue(Records.valid()));
        given().accept("application/json").when().get(entry.path())
                .then().statusCode(200).contentType("application/json")
                .body("type", hasItem("BitstringStatusListCredential"))
                .body("credentialSubject.encodedList", startsWith("u"));
        given().accept("image/png").when().get(entry.path())
                .then().statusCode(406).contentType("application/problem+json");
        given().header("Accept", "foo").when().get(entry.path())
                .then().statusCode(406).contentType("application/problem+json");
    }

    @Test
    void shouldAnswer404ProblemForAnUnknownList() {
        given().accept("application/vc+jwt").when().get("/status/AAAAAAAAAAAAAAAAAAAAAA")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
