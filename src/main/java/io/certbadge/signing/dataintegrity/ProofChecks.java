package io.certbadge.signing.dataintegrity;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static io.certbadge.signing.dataintegrity.ProofError.Code.INVALID_CHALLENGE_ERROR;
import static io.certbadge.signing.dataintegrity.ProofError.Code.INVALID_DOMAIN_ERROR;
import static io.certbadge.signing.dataintegrity.ProofError.Code.NOT_CHECKABLE;
import static io.certbadge.signing.dataintegrity.ProofError.Code.PROOF_VERIFICATION_ERROR;

/** Checks one proof of a document (VC Data Integrity §4.4 "Verify Proof" with eddsa-rdfc-2022). */
final class ProofChecks {

    /** XML Schema dateTime; the offset is optional (a value without one is read as UTC, as the spec allows). */
    private static final Pattern DATE_TIME =
            Pattern.compile("-?\\d{4,}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})?");

    private ProofChecks() {
    }

    static ProofVerification.Checked check(JsonObject document, JsonObject proof, List<JsonObject> allProofs,
                                           VerifyOptions options, VerificationMethodResolver resolver) {
        String method = string(proof, "verificationMethod");
        String purpose = string(proof, "proofPurpose");
        List<ProofError> errors = new ArrayList<>(wellFormed(proof, options));
        List<JsonObject> previous = previousProofs(proof, allProofs, errors);
        if (!errors.isEmpty()) {
            return new ProofVerification.Checked(method, null, purpose, errors);
        }
        VerificationMethodResolver.Resolution key = resolver.resolve(method, purpose);
        switch (key.outcome()) {
            case INVALID -> errors.add(new ProofError(PROOF_VERIFICATION_ERROR, key.reason()));
            case NOT_CHECKABLE -> errors.add(new ProofError(NOT_CHECKABLE, key.reason()));
            case FOUND -> signature(document, proof, previous, key.publicKey()).ifPresent(errors::add);
        }
        return new ProofVerification.Checked(method, key.controller(), purpose, errors);
    }

    /** Everything about the proof itself that can be checked before any key is looked up. */
    private static List<ProofError> wellFormed(JsonObject proof, VerifyOptions options) {
        List<ProofError> errors = new ArrayList<>();
        for (String required : List.of("type", "verificationMethod", "proofPurpose")) {
            if (string(proof, required) == null) {
                errors.add(new ProofError(PROOF_VERIFICATION_ERROR, "the proof has no " + required + " (a string)"));
            }
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        if (!EddsaRdfc2022.PROOF_TYPE.equals(string(proof, "type"))) {
            errors.add(new ProofError(NOT_CHECKABLE, "the proof is a " + string(proof, "type")
                    + "; certbadge checks DataIntegrityProof (eddsa-rdfc-2022) only"));
        } else if (!EddsaRdfc2022.CRYPTOSUITE.equals(string(proof, "cryptosuite"))) {
            errors.add(new ProofError(NOT_CHECKABLE, "the proof's cryptosuite is " + proof.get("cryptosuite")
                    + "; certbadge checks eddsa-rdfc-2022 only"));
        }
        if (options.expectedProofPurpose() != null && !options.expectedProofPurpose().equals(string(proof, "proofPurpose"))) {
            errors.add(new ProofError(PROOF_VERIFICATION_ERROR, "the proof's purpose is " + string(proof, "proofPurpose")
                    + ", not " + options.expectedProofPurpose()));
        }
        if (options.domain() != null && !Set.of(options.domain()).equals(strings(proof.get("domain")))) {
            errors.add(new ProofError(INVALID_DOMAIN_ERROR, "the proof's domain " + proof.get("domain")
                    + " is not the expected " + options.domain()));
        }
        if (options.challenge() != null && !options.challenge().equals(string(proof, "challenge"))) {
            errors.add(new ProofError(INVALID_CHALLENGE_ERROR, "the proof's challenge is not the one expected"));
        }
        dateTime(proof, "created").ifPresent(errors::add);
        dateTime(proof, "expires").ifPresent(errors::add);
        Optional<Instant> expires = instant(proof.get("expires"));
        if (expires.isPresent() && options.now() != null && options.now().isAfter(expires.get())) {
            errors.add(new ProofError(PROOF_VERIFICATION_ERROR, "the proof expired at " + expires.get()));
        }
        if (!proof.containsKey("proofValue") || EddsaRdfc2022.signature(string(proof, "proofValue")).isEmpty()) {
            errors.add(new ProofError(PROOF_VERIFICATION_ERROR,
                    "the proofValue is not an Ed25519 signature in base58btc multibase (z…)"));
        }
        return errors;
    }

    /** VC Data Integrity §4.5: the proofs a chained proof names must exist; they become part of what it covers. */
    private static List<JsonObject> previousProofs(JsonObject proof, List<JsonObject> allProofs, List<ProofError> errors) {
        JsonValue previous = proof.get("previousProof");
        if (previous == null) {
            return List.of();
        }
        if (!(previous instanceof JsonString) && !(previous instanceof JsonArray array
                && array.stream().allMatch(JsonString.class::isInstance))) {
            errors.add(new ProofError(PROOF_VERIFICATION_ERROR, "previousProof must be a proof id or a list of them"));
            return List.of();
        }
        List<JsonObject> matching = new ArrayList<>();
        for (String id : strings(previous)) {
            Optional<JsonObject> found = DataIntegrityProofs.proofWithId(allProofs, id);
            if (found.isEmpty()) {
                errors.add(new ProofError(PROOF_VERIFICATION_ERROR, "the previous proof " + id + " is not in the document"));
            } else {
                matching.add(found.get());
            }
        }
        return matching;
    }

    private static Optional<ProofError> signature(JsonObject document, JsonObject proof, List<JsonObject> previous,
                                                  byte[] publicKey) {
        JsonObject input = DataIntegrityProofs.inputDocument(document, previous);
        JsonValue proofContext = proof.get("@context");
        if (proofContext != null) {
            // §4.4: a proof with its own @context must name the document's contexts, in the same order
            List<JsonValue> expected = asList(proofContext);
            List<JsonValue> actual = asList(document.get("@context"));
            if (actual.size() < expected.size() || !actual.subList(0, expected.size()).equals(expected)) {
                return Optional.of(new ProofError(PROOF_VERIFICATION_ERROR,
                        "the proof's @context does not match the document's"));
            }
            input = JsonP.PROVIDER.createObjectBuilder(input).add("@context", proofContext).build();
        }
        byte[] hashData;
        try {
            hashData = EddsaRdfc2022.hashData(input, proof);
        } catch (DataIntegrityException e) {
            return Optional.of(e.error());
        }
        byte[] signature = EddsaRdfc2022.signature(string(proof, "proofValue")).orElseThrow();
        if (!EddsaRdfc2022.verify(publicKey, hashData, signature)) {
            return Optional.of(new ProofError(PROOF_VERIFICATION_ERROR, "the Ed25519 signature does not match:"
                    + " the document or the proof was changed after signing, or another key signed it"));
        }
        return Optional.empty();
    }

    private static Optional<ProofError> dateTime(JsonObject proof, String name) {
        JsonValue value = proof.get(name);
        if (value == null || instant(value).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new ProofError(PROOF_VERIFICATION_ERROR, "the proof's " + name + " " + value
                + " is not an XML Schema dateTimeStamp"));
    }

    private static Optional<Instant> instant(JsonValue value) {
        if (!(value instanceof JsonString string) || !DATE_TIME.matcher(string.getString()).matches()) {
            return Optional.empty();
        }
        String text = string.getString();
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException withoutOffset) {
            try {
                return Optional.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
    }

    private static String string(JsonObject object, String name) {
        return object.get(name) instanceof JsonString value ? value.getString() : null;
    }

    private static Set<String> strings(JsonValue value) {
        Set<String> strings = new TreeSet<>();
        for (JsonValue each : asList(value)) {
            if (each instanceof JsonString string) {
                strings.add(string.getString());
            }
        }
        return strings;
    }

    private static List<JsonValue> asList(JsonValue value) {
        if (value == null) {
            return List.of();
        }
        return value instanceof JsonArray array ? array : List.of(value);
    }
}
