package io.certbadge.transparency;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import io.certbadge.signing.KeyMaterial;

import java.text.ParseException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * What a thief holding our private key can make: a copy of a genuine credential under a new id,
 * dated when the thief likes, signed with the key and naming its real {@code kid}.
 */
final class ForgedCredentials {

    private ForgedCredentials() {
    }

    static String forge(String genuineJwt, KeyMaterial stolen, Instant iat) {
        try {
            JWSObject genuine = JWSObject.parse(genuineJwt);
            Map<String, Object> payload = genuine.getPayload().toJSONObject();
            String id = ((String) payload.get("jti")).replaceAll("[^/]+$", UUID.randomUUID().toString().replace("-", ""));
            payload.put("jti", id);
            payload.put("id", id);
            payload.put("iat", iat.getEpochSecond());
            JWSHeader header = new JWSHeader.Builder(stolen.algorithm()).type(JOSEObjectType.JWT)
                    .keyID(genuine.getHeader().getKeyID()).build();
            JWSObject forged = new JWSObject(header, new Payload(payload));
            forged.sign(stolen.signer());
            return forged.serialize();
        } catch (ParseException | JOSEException e) {
            throw new AssertionError(e);
        }
    }
}
