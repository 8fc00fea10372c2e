package io.certbadge.verification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.certbadge.signing.DataIntegrityKeyResolver;
import io.certbadge.signing.dataintegrity.DataIntegrityProofs;
import io.certbadge.signing.dataintegrity.JsonP;
import io.certbadge.signing.dataintegrity.ProofError;
import io.certbadge.signing.dataintegrity.ProofVerification;
import io.certbadge.signing.dataintegrity.VerifyOptions;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.List;

/**
 * The signature check of a JSON credential with an embedded W3C Data Integrity proof: every proof
 * must verify (eddsa-rdfc-2022; keys from this issuer's DID document or from did:key, nothing
 * fetched), and one of them must be the issuer's own.
 */
@ApplicationScoped
public class DataIntegrityProofVerifier implements EmbeddedProofVerifier {

    private final DataIntegrityKeyResolver keys;
    private final Clock clock;

    public DataIntegrityProofVerifier(DataIntegrityKeyResolver keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    @Override
    public boolean supports(JsonNode proof) {
        return "DataIntegrityProof".equals(proof.path("type").asText());
    }

    @Override
    public CheckResult verify(VerificationCheck check, ObjectNode credential) {
        ProofVerification result = DataIntegrityProofs.verify(JsonP.object(credential.toString()),
                VerifyOptions.credential(clock.instant()), keys);
        String what = "the Data Integrity proof (" + cryptosuites(credential) + ")";
        if (result.notCheckable()) {
            return CheckResult.fail(check, what + " cannot be checked here: " + result.allErrors().get(0).message());
        }
        if (!result.verified()) {
            ProofError first = result.allErrors().get(0);
            return CheckResult.fail(check, what + " does not verify: " + first.message());
        }
        String issuer = issuerId(credential);
        List<String> signers = result.proofs().stream().map(ProofVerification.Checked::verificationMethod).toList();
        if (result.proofs().stream().noneMatch(p -> issuer.equals(p.controller()))) {
            return CheckResult.fail(check, what + " verifies, but was made by " + String.join(", ", signers)
                    + ", not by the credential's issuer " + issuer);
        }
        return CheckResult.pass(check, what + ", key " + String.join(", ", signers));
    }

    static String issuerId(JsonNode credential) {
        JsonNode issuer = credential.path("issuer");
        return issuer.isTextual() ? issuer.asText() : issuer.path("id").asText("");
    }

    private static String cryptosuites(ObjectNode credential) {
        JsonNode proof = credential.path("proof");
        java.util.Set<String> suites = new java.util.LinkedHashSet<>();
        (proof.isArray() ? proof : List.of(proof)).forEach(p -> suites.add(p.path("cryptosuite").asText("no cryptosuite")));
        return String.join(", ", suites);
    }
}
