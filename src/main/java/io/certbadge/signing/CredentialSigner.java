package io.certbadge.signing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Gives a credential every proof this service makes: each {@link ProofSigner} signs the same
 * unsecured credential; embedded proofs then go into its {@code proof} array. Issuance asks only
 * this facade, so adding a proof format does not touch issuance.
 */
@ApplicationScoped
public class CredentialSigner {

    private final List<ProofSigner> signers;
    private final ObjectMapper json;

    public CredentialSigner(@All List<ProofSigner> signers, ObjectMapper json) {
        this.signers = signers.stream().sorted(Comparator.comparing(ProofSigner::format)).toList();
        this.json = json;
    }

    /** The credential as served (with any embedded proofs) and all its proofs. */
    public record SignedCredential(ObjectNode document, List<Proof> proofs) {

        /** The VC-JWT every credential has: it is baked into the badges and served at /jwt. */
        public Proof vcJwt() {
            return proofs.stream().filter(p -> p.format() == ProofFormat.VC_JWT).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no VC-JWT signer is configured"));
        }
    }

    public SignedCredential sign(ObjectNode credential, Instant signedAt) {
        List<Proof> proofs = signers.stream().map(signer -> signer.sign(credential, signedAt)).toList();
        ObjectNode document = credential.deepCopy();
        List<Proof> embedded = proofs.stream().filter(p -> p.format() == ProofFormat.DATA_INTEGRITY).toList();
        if (!embedded.isEmpty()) {
            ArrayNode array = document.putArray("proof");
            embedded.forEach(p -> array.add(parse(p.value())));
        }
        return new SignedCredential(document, proofs);
    }

    private ObjectNode parse(String proofObject) {
        try {
            return (ObjectNode) json.readTree(proofObject);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalStateException("a Data Integrity signer returned no JSON object", e);
        }
    }
}
