package io.certbadge.signing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.certbadge.common.PublicUrls;
import io.certbadge.signing.dataintegrity.DataIntegrityProofs;
import io.certbadge.signing.dataintegrity.JsonP;
import io.certbadge.signing.dataintegrity.ProofOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;

import java.time.Instant;

/**
 * The second {@link ProofSigner}: an embedded W3C Data Integrity proof, eddsa-rdfc-2022, made with
 * the active Ed25519 key and naming it as {@code {did}#{keyId}} of the issuer's did:web. A property
 * the credential's contexts do not define is refused (DATA_LOSS_DETECTION_ERROR) rather than left
 * out of what the proof covers.
 */
@ApplicationScoped
public class DataIntegritySigner implements ProofSigner {

    private final Ed25519SigningKeys keys;
    private final PublicUrls urls;

    public DataIntegritySigner(Ed25519SigningKeys keys, PublicUrls urls) {
        this.keys = keys;
        this.urls = urls;
    }

    @Override
    public ProofFormat format() {
        return ProofFormat.DATA_INTEGRITY;
    }

    @Override
    public Proof sign(ObjectNode credential, Instant signedAt) {
        DataIntegrityKeys.Active key = keys.active();
        JsonObject proof = DataIntegrityProofs.createProof(JsonP.object(credential.toString()),
                ProofOptions.assertion(urls.didWeb().verificationMethod(key.keyId()), signedAt), key.key());
        return new Proof(ProofFormat.DATA_INTEGRITY, proof.toString(), key.id());
    }
}
