package io.certbadge.verification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.certbadge.credential.Credential;
import io.certbadge.signing.JwsVerifier;
import io.certbadge.signing.VcJwtClaims;
import io.certbadge.verification.VerificationReport.Verdict;
import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/**
 * The presented credential's signature: a VC-JWT verifies with the public key published at its
 * {@code kid}; a JSON credential by its embedded proof (when an {@link EmbeddedProofVerifier}
 * understands it), or, without one, by being field for field the credential this service signed
 * under its id.
 */
@ApplicationScoped
public class SignatureCheck implements VerificationCheck {

    static final CheckType TYPE = new CheckType("signature", "Signature", Verdict.INVALID, 10);

    private final JwsVerifier jws;
    private final List<EmbeddedProofVerifier> embeddedProofs;

    public SignatureCheck(JwsVerifier jws, @All List<EmbeddedProofVerifier> embeddedProofs) {
        this.jws = jws;
        this.embeddedProofs = embeddedProofs;
    }

    @Override
    public CheckType type() {
        return TYPE;
    }

    @Override
    public CheckResult run(VerificationContext context) {
        if (context.presented() instanceof Presentation.Jwt jwt) {
            JwsVerifier.Outcome outcome = jws.verify(jwt.compactJwt());
            return CheckResult.of(this, outcome.valid(), outcome.detail());
        }
        return json(((Presentation.Json) context.presented()).credential(), context.stored());
    }

    private CheckResult json(ObjectNode credential, Optional<Credential> stored) {
        JsonNode proof = credential.get("proof");
        if (proof != null) {
            JsonNode first = proof.isArray() ? proof.path(0) : proof;
            Optional<EmbeddedProofVerifier> verifier = embeddedProofs.stream().filter(v -> v.supports(first)).findFirst();
            if (verifier.isPresent()) {
                return verifier.get().verify(this, credential);
            }
        }
        if (stored.isPresent()) {
            return identicalToOurs(credential, stored.get());
        }
        if (proof != null) {
            return CheckResult.fail(this, "the embedded proof (" + proofType(proof) + ") cannot be checked here:"
                    + " this service verifies VC-JWTs, and credentials it issued");
        }
        return CheckResult.fail(this, "no proof: the JSON carries no signature and is not a credential"
                + " this service issued");
    }

    /** A JSON credential without a proof we can check is genuine only as an exact copy of what we signed. */
    private CheckResult identicalToOurs(ObjectNode credential, Credential stored) {
        JwsVerifier.Outcome ours = jws.verify(stored.credentialJwt);
        if (!ours.valid()) {
            return CheckResult.fail(this, "our own signed copy of this credential does not verify: " + ours.detail());
        }
        return VcJwtClaims.credential(ours.payload()).equals(credential)
                ? CheckResult.pass(this, "no embedded proof; identical to the credential this service"
                        + " signed under this id (" + ours.detail() + ")")
                : CheckResult.fail(this, "no embedded proof, and the JSON differs from the credential"
                        + " this service signed under this id, so it has been altered");
    }

    private static String proofType(JsonNode proof) {
        JsonNode first = proof.isArray() ? proof.path(0) : proof;
        String cryptosuite = first.path("cryptosuite").asText("");
        String type = first.path("type").asText("unknown type");
        return cryptosuite.isEmpty() ? type : type + " " + cryptosuite;
    }
}
