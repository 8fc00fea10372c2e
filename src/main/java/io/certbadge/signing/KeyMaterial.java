package io.certbadge.signing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;

/** A loaded signing key: the private part signs, the public JWK is what gets published. */
public record KeyMaterial(JWK privateJwk, JWSAlgorithm algorithm, boolean example) {

    public JWK publicJwk() {
        return privateJwk.toPublicJWK();
    }

    /** RFC 7638 thumbprint: identifies the key itself, whatever file it came from. */
    public String thumbprint() {
        try {
            return privateJwk.computeThumbprint().toString();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot compute the key's thumbprint", e);
        }
    }

    public JWSSigner signer() {
        try {
            return privateJwk instanceof ECKey ec ? new ECDSASigner(ec) : new RSASSASigner((RSAKey) privateJwk);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot build a signer for the signing key", e);
        }
    }
}
