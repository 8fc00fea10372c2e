package io.certbadge.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;

import java.net.URI;
import java.text.ParseException;

import static io.restassured.RestAssured.given;

/** Verifies a JWS the way an outside verifier does: fetch the JWK its kid points at, then check. */
public final class PublishedKeys {

    private PublishedKeys() {
    }

    public static JWK fetch(String kidUrl) {
        String body = given().when().get(URI.create(kidUrl).getPath()).then().statusCode(200).extract().asString();
        try {
            return JWK.parse(body);
        } catch (ParseException e) {
            throw new AssertionError("the kid URL does not serve a JWK: " + body, e);
        }
    }

    public static boolean verifies(String compactJwt) {
        try {
            JWSObject jws = JWSObject.parse(compactJwt);
            JWK jwk = fetch(jws.getHeader().getKeyID());
            JWSVerifier verifier = jwk instanceof ECKey ec ? new ECDSAVerifier(ec) : new RSASSAVerifier((RSAKey) jwk);
            return jws.verify(verifier);
        } catch (ParseException | JOSEException e) {
            throw new AssertionError(e);
        }
    }
}
