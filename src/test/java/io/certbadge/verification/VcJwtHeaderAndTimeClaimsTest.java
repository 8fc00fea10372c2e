package io.certbadge.verification;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.jwk.JWK;
import io.certbadge.signing.KeyMaterial;
import io.certbadge.signing.PemKeyLoader;
import io.certbadge.support.Issuing;
import io.certbadge.support.Records;
import io.certbadge.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.function.Consumer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * A VC-JWT signed with our own key (so the signature itself verifies) but with a header or time
 * claims that make it something else: the verifier used to ignore {@code typ}, {@code nbf} and
 * {@code exp}, which is harmless for tokens we sign and wrong for anyone else's.
 */
@QuarkusTest
class VcJwtHeaderAndTimeClaimsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The test profile's signing key (application.properties): it signs, as the service does. */
    private static final KeyMaterial KEY = PemKeyLoader.load(Path.of("keys-example/ec-p256.pem"));

    private String kid;
    private ObjectNode payload;

    @BeforeEach
    void issueOne() throws Exception {
        String id = Issuing.issue(Records.valid());
        String jwt = given().when().get("/credentials/" + id + "/jwt").then().statusCode(200).extract().asString();
        payload = (ObjectNode) JSON.readTree(JWSObject.parse(jwt).getPayload().toString());
        String thumbprint = KEY.thumbprint();
        kid = null;
        for (Object key : (java.util.List<?>) JSON.convertValue(JSON.readTree(given().when().get("/.well-known/jwks.json")
                .then().extract().asString()).get("keys"), java.util.List.class)) {
            JWK jwk = JWK.parse(JSON.writeValueAsString(key));
            if (jwk.computeThumbprint().toString().equals(thumbprint)) {
                kid = jwk.getKeyID();
            }
        }
    }

    @Test
    void shouldStillAcceptTheTokenAsSigned() throws Exception {
        verify(JOSEObjectType.JWT, p -> { }).body("status", equalTo("VALID"));
    }

    @Test
    void shouldRefuseATokenThatIsNotTypedJwt() throws Exception {
        verify(new JOSEObjectType("vc+ld+json"), p -> { }).body("status", equalTo("INVALID"))
                .body("checks.find { it.check == 'signature' }.detail", containsString("typ"));
        verify(null, p -> { }).body("status", equalTo("INVALID"))
                .body("checks.find { it.check == 'signature' }.detail", containsString("typ is missing"));
    }

    @Test
    void shouldReportATokenPastItsExpAsExpired() throws Exception {
        verify(JOSEObjectType.JWT, p -> p.put("exp", TestClock.current().instant().minusSeconds(3600).getEpochSecond()))
                .body("status", equalTo("EXPIRED"))
                .body("checks.find { it.check == 'expiry' }.detail", containsString("(exp)"));
    }

    @Test
    void shouldNotAcceptATokenBeforeItsNbf() throws Exception {
        verify(JOSEObjectType.JWT, p -> p.put("nbf", TestClock.current().instant().plusSeconds(3600).getEpochSecond()))
                .body("verified", equalTo(false))
                .body("checks.find { it.check == 'expiry' }.detail", containsString("(nbf)"));
    }

    @Test
    void shouldRefuseTimeClaimsThatAreNotNumericDates() throws Exception {
        verify(JOSEObjectType.JWT, p -> p.put("exp", "2099-01-01T00:00:00Z"))
                .body("verified", equalTo(false))
                .body("checks.find { it.check == 'expiry' }.detail", containsString("NumericDate"));
    }

    private ValidatableResponse verify(JOSEObjectType typ, Consumer<ObjectNode> change) throws Exception {
        ObjectNode claims = payload.deepCopy();
        change.accept(claims);
        JWSHeader.Builder header = new JWSHeader.Builder(KEY.algorithm()).keyID(kid);
        if (typ != null) {
            header.type(typ);
        }
        JWSObject jws = new JWSObject(header.build(), new Payload(JSON.writeValueAsString(claims)));
        jws.sign(KEY.signer());
        return given().contentType("application/vc+jwt").body(jws.serialize().getBytes(java.nio.charset.StandardCharsets.US_ASCII)).when().post("/verify")
                .then().statusCode(200);
    }
}
