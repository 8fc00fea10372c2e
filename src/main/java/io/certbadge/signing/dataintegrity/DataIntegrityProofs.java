package io.certbadge.signing.dataintegrity;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.certbadge.signing.dataintegrity.ProofError.Code.PARSING_ERROR;
import static io.certbadge.signing.dataintegrity.ProofError.Code.PROOF_GENERATION_ERROR;
import static io.certbadge.signing.dataintegrity.ProofError.Code.PROOF_VERIFICATION_ERROR;

/**
 * Makes and checks W3C Data Integrity proofs with the eddsa-rdfc-2022 cryptosuite: single proofs,
 * proof sets (several independent proofs) and proof chains ({@code previousProof}), on credentials
 * and on presentations (with the verifier's challenge and domain). Follows VC Data Integrity §4.2–4.5.
 */
public final class DataIntegrityProofs {

    private DataIntegrityProofs() {
    }

    /**
     * A new proof over {@code document} (its existing proofs are not covered, except those named in
     * {@code previousProof}, which a chain must cover). Every property must survive JSON-LD expansion
     * with the bundled contexts, or this refuses with a DATA_LOSS_DETECTION_ERROR.
     */
    public static JsonObject createProof(JsonObject document, ProofOptions options, Ed25519Key key) {
        List<JsonObject> previous = new ArrayList<>();
        for (String id : options.previousProof()) {
            previous.add(proofWithId(allProofs(document), id).orElseThrow(() -> new DataIntegrityException(
                    PROOF_GENERATION_ERROR, "the document has no proof with the id " + id + " to chain to")));
        }
        JsonObject proofOptions = proofOptions(options);
        byte[] signature = key.sign(EddsaRdfc2022.hashData(inputDocument(document, previous), proofOptions));
        return JsonP.PROVIDER.createObjectBuilder(proofOptions).add("proofValue", EddsaRdfc2022.proofValue(signature)).build();
    }

    /** {@code document} with a new proof appended to its {@code proof} array (which it creates if needed). */
    public static JsonObject addProof(JsonObject document, ProofOptions options, Ed25519Key key) {
        JsonObject proof = createProof(document, options, key);
        JsonArrayBuilder proofs = JsonP.PROVIDER.createArrayBuilder();
        allProofs(document).forEach(proofs::add);
        return JsonP.PROVIDER.createObjectBuilder(document).add("proof", proofs.add(proof)).build();
    }

    /**
     * Checks every proof of {@code securedDocument} (VC Data Integrity §4.5 "Verify Proof Sets and
     * Chains"); the document verifies only if each of them does.
     */
    public static ProofVerification verify(JsonValue securedDocument, VerifyOptions options, VerificationMethodResolver resolver) {
        if (!(securedDocument instanceof JsonObject document)) {
            return ProofVerification.failed(PARSING_ERROR, "the secured document is not a JSON object");
        }
        JsonValue proof = document.get("proof");
        if (proof == null || proof.getValueType() == JsonValue.ValueType.NULL) {
            return ProofVerification.failed(PARSING_ERROR, "the document has no proof");
        }
        if (!(proof instanceof JsonObject) && !(proof instanceof JsonArray)) {
            return ProofVerification.failed(PARSING_ERROR, "the document's proof is neither a proof object nor a list of them");
        }
        List<JsonValue> all = proof instanceof JsonArray array ? array : List.of(proof);
        if (all.isEmpty()) {
            return ProofVerification.failed(PARSING_ERROR, "the document's proof list is empty");
        }
        List<JsonObject> proofs = new ArrayList<>();
        for (JsonValue each : all) {
            if (!(each instanceof JsonObject object)) {
                return ProofVerification.failed(PARSING_ERROR, "every proof must be a JSON object");
            }
            proofs.add(object);
        }
        List<ProofVerification.Checked> checked = new ArrayList<>();
        for (JsonObject each : proofs) {
            checked.add(ProofChecks.check(document, each, proofs, options, resolver));
        }
        return new ProofVerification(checked, List.of());
    }

    /** The document a proof covers: without its proofs, plus the ones a chained proof names. */
    static JsonObject inputDocument(JsonObject document, List<JsonObject> previousProofs) {
        JsonObjectBuilder input = JsonP.PROVIDER.createObjectBuilder(document);
        input.remove("proof");
        if (!previousProofs.isEmpty()) {
            JsonArrayBuilder previous = JsonP.PROVIDER.createArrayBuilder();
            previousProofs.forEach(previous::add);
            input.add("proof", previous);
        }
        return input.build();
    }

    static List<JsonObject> allProofs(JsonObject document) {
        JsonValue proof = document.get("proof");
        if (proof instanceof JsonObject single) {
            return List.of(single);
        }
        if (proof instanceof JsonArray array) {
            return array.stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast).toList();
        }
        return List.of();
    }

    static Optional<JsonObject> proofWithId(List<JsonObject> proofs, String id) {
        return proofs.stream()
                .filter(p -> p.get("id") instanceof JsonString proofId && proofId.getString().equals(id))
                .findFirst();
    }

    private static JsonObject proofOptions(ProofOptions options) {
        JsonObjectBuilder proof = JsonP.PROVIDER.createObjectBuilder();
        if (options.id() != null) {
            proof.add("id", options.id());
        }
        proof.add("type", EddsaRdfc2022.PROOF_TYPE).add("cryptosuite", EddsaRdfc2022.CRYPTOSUITE);
        if (options.created() != null) {
            proof.add("created", options.created().toString());
        }
        proof.add("verificationMethod", options.verificationMethod()).add("proofPurpose", options.proofPurpose());
        if (options.previousProof().size() == 1) {
            proof.add("previousProof", options.previousProof().get(0));
        } else if (!options.previousProof().isEmpty()) {
            proof.add("previousProof", JsonP.PROVIDER.createArrayBuilder(options.previousProof()));
        }
        if (options.challenge() != null) {
            proof.add("challenge", options.challenge());
        }
        if (options.domain() != null) {
            proof.add("domain", options.domain());
        }
        return proof.build();
    }
}
