package io.certbadge.signing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import io.certbadge.common.PublicUrls;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

/**
 * The first {@link ProofSigner}: a compact VC-JWT with the header exactly {@code alg}, {@code typ},
 * {@code kid}, signed with the active key. Status lists are signed with it directly.
 */
@ApplicationScoped
public class VcJwtSigner implements ProofSigner {

    /** The media type of a compact VC-JWT (VC-JOSE-COSE). */
    public static final String MEDIA_TYPE = "application/vc+jwt";

    private final SigningKeys keys;
    private final PublicUrls urls;
    private final ObjectMapper json;

    public VcJwtSigner(SigningKeys keys, PublicUrls urls, ObjectMapper json) {
        this.keys = keys;
        this.urls = urls;
        this.json = json;
    }

    @Override
    public ProofFormat format() {
        return ProofFormat.VC_JWT;
    }

    @Override
    public Proof sign(ObjectNode credential, Instant signedAt) {
        ActiveKey key = keys.active();
        JWSHeader header = new JWSHeader.Builder(key.material().algorithm())
                .type(JOSEObjectType.JWT)
                .keyID(urls.key(key.keyId()))
                .build();
        try {
            JWSObject jws = new JWSObject(header, new Payload(json.writeValueAsString(VcJwtClaims.payload(credential, signedAt))));
            jws.sign(key.material().signer());
            return new Proof(ProofFormat.VC_JWT, jws.serialize(), key.id());
        } catch (JOSEException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("signing failed", e);
        }
    }
}
