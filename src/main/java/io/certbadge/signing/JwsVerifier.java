package io.certbadge.signing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import io.certbadge.common.PublicUrls;
import jakarta.enterprise.context.ApplicationScoped;

import java.text.ParseException;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a compact JWS against the keys this service publishes, exactly as an outside verifier
 * would: the header must say {@code typ} JWT (OB 3.0 §8.2), the {@code kid} must name one of our
 * {@code /keys/{keyId}} URLs and the signature must verify with the public JWK served there. The
 * token's time claims ({@code nbf}, {@code exp}) are judged by the expiry check.
 */
@ApplicationScoped
public class JwsVerifier {

    private static final Set<JWSAlgorithm> ACCEPTED = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256);

    private final SigningKeys keys;
    private final PublicUrls urls;
    private final ObjectMapper json;

    public JwsVerifier(SigningKeys keys, PublicUrls urls, ObjectMapper json) {
        this.keys = keys;
        this.urls = urls;
        this.json = json;
    }

    /** The outcome; {@code payload} is set when the signature verified (it is read only then: a forgery costs no parse). */
    public record Outcome(boolean valid, String detail, ObjectNode payload) {
    }

    /** The payload of a compact JWS, read without checking its signature; empty when it is not one. */
    public Optional<ObjectNode> decode(String compact) {
        try {
            return Optional.ofNullable(payloadOf(JWSObject.parse(compact.strip())));
        } catch (ParseException e) {
            return Optional.empty();
        }
    }

    public Outcome verify(String compact) {
        JWSObject jws;
        try {
            jws = JWSObject.parse(compact.strip());
        } catch (ParseException e) {
            return new Outcome(false, "not a compact JWS (three base64url parts)", null);
        }
        JWSAlgorithm alg = jws.getHeader().getAlgorithm();
        String kid = jws.getHeader().getKeyID();
        if (!ACCEPTED.contains(alg)) {
            return new Outcome(false, "algorithm " + alg + " is not accepted (RS256 or ES256 only)", null);
        }
        JOSEObjectType typ = jws.getHeader().getType();
        if (typ == null || !"JWT".equalsIgnoreCase(typ.getType())) {
            return new Outcome(false, "the JWT header's typ is " + (typ == null ? "missing" : "'" + typ + "'")
                    + "; a VC-JWT is typed JWT", null);
        }
        if (kid == null) {
            return new Outcome(false, "the JWT header names no key (kid)", null);
        }
        String keyId = urls.idAfter(kid, "/keys/");
        Optional<JWK> key = keyId == null ? Optional.empty() : keys.publishedKey(keyId);
        if (key.isEmpty()) {
            return new Outcome(false, "signed with key " + kid + ", which this issuer has not published", null);
        }
        try {
            if (!jws.verify(verifierFor(key.get(), alg))) {
                return new Outcome(false, alg + " signature does not match key " + kid, null);
            }
        } catch (JOSEException e) {
            return new Outcome(false, "the signature could not be checked with key " + kid + ": " + e.getMessage(), null);
        }
        ObjectNode payload = payloadOf(jws);
        if (payload == null) {
            return new Outcome(false, "the signed payload is not a JSON object", null);
        }
        return new Outcome(true, alg + ", kid " + kid, payload);
    }

    private JWSVerifier verifierFor(JWK key, JWSAlgorithm alg) throws JOSEException {
        if (alg.equals(JWSAlgorithm.ES256) && key instanceof ECKey ec) {
            return new ECDSAVerifier(ec);
        }
        if (alg.equals(JWSAlgorithm.RS256) && key instanceof RSAKey rsa) {
            return new RSASSAVerifier(rsa);
        }
        throw new JOSEException("the key is " + key.getKeyType() + ", which cannot check " + alg);
    }

    /**
     * The JDK's base64url decoder, not Nimbus's {@code Payload.toString()}: on a 250 KiB presented
     * token Nimbus's decoder took most of the request's CPU (JFR), the JDK's a small part of it.
     */
    private ObjectNode payloadOf(JWSObject jws) {
        try {
            byte[] payload = java.util.Base64.getUrlDecoder().decode(jws.getParsedParts()[1].toString());
            JsonNode node = json.readTree(payload);
            return node instanceof ObjectNode object ? object : null;
        } catch (IllegalArgumentException | java.io.IOException e) {
            return null; // not base64url, or not JSON
        }
    }
}
