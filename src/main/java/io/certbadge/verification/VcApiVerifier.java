package io.certbadge.verification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.certbadge.common.PublicUrls;
import io.certbadge.signing.DataIntegrityKeyResolver;
import io.certbadge.signing.dataintegrity.DataIntegrityProofs;
import io.certbadge.signing.dataintegrity.JsonP;
import io.certbadge.signing.dataintegrity.ProofVerification;
import io.certbadge.signing.dataintegrity.VerifyOptions;
import io.certbadge.verification.VcApiAnswer.Item;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The W3C VC-API verifier: {@code POST /credentials/verify} and {@code /presentations/verify}. A
 * credential of this issuer gets the same checks as {@code POST /verify} (its VC-JWT, or its Data
 * Integrity proof, issuer, schema, status, expiry); any other credential is checked by its Data
 * Integrity proofs (keys from did:key; nothing is fetched) and the VC data model's rules.
 */
@ApplicationScoped
public class VcApiVerifier {

    private static final Pattern COMPACT_JWS = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");
    private static final String ENVELOPED_JWT = "data:application/vc+jwt,";
    private static final String CERTBADGE = "urn:certbadge:verification:";

    private final Verifier verifier;
    private final DataIntegrityKeyResolver keys;
    private final PublicUrls urls;
    private final ObjectMapper json;
    private final Clock clock;

    public VcApiVerifier(Verifier verifier, DataIntegrityKeyResolver keys, PublicUrls urls, ObjectMapper json, Clock clock) {
        this.verifier = verifier;
        this.keys = keys;
        this.urls = urls;
        this.json = json;
        this.clock = clock;
    }

    /** The result of checking one document: the checks that ran, warnings, errors. */
    private record Outcome(List<String> checks, List<Item> warnings, List<Item> errors) {

        static Outcome failed(Item error) {
            return new Outcome(List.of(), List.of(), List.of(error));
        }
    }

    public VcApiAnswer verifyCredential(byte[] body) {
        Optional<JsonObject> request = request(body);
        if (request.isEmpty()) {
            return answer(Outcome.failed(VcDataModel.parsing("the body must be a JSON object:"
                    + " {\"verifiableCredential\": {…}, \"options\": {…}}")));
        }
        JsonObject options = request.get().get("options") instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
        VerifyOptions proofOptions = new VerifyOptions(string(options, "expectedProofPurpose").orElse("assertionMethod"),
                string(options, "challenge").orElse(null), string(options, "domain").orElse(null), clock.instant());
        return answer(credential(request.get().get("verifiableCredential"), proofOptions));
    }

    public VcApiAnswer verifyPresentation(byte[] body) {
        Optional<JsonObject> request = request(body);
        if (request.isEmpty() || !(request.get().get("verifiablePresentation") instanceof JsonObject presentation)) {
            return answer(Outcome.failed(VcDataModel.parsing("the body must be a JSON object:"
                    + " {\"verifiablePresentation\": {…}, \"options\": {\"challenge\": …, \"domain\": …}}")));
        }
        JsonObject options = request.get().get("options") instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
        Instant now = clock.instant();
        List<Item> warnings = new ArrayList<>();
        List<Item> errors = new ArrayList<>(VcDataModel.presentation(presentation));
        ProofVerification proof = DataIntegrityProofs.verify(presentation, VerifyOptions.presentation(
                string(options, "challenge").orElse(null), string(options, "domain").orElse(null), now), keys);
        proof.allErrors().forEach(e -> errors.add(new Item(e.code().type(), "presentation: " + e.message())));
        JsonValue credentials = presentation.get("verifiableCredential");
        List<JsonValue> embedded = credentials instanceof JsonArray array ? array : credentials == null ? List.of() : List.of(credentials);
        for (int i = 0; i < embedded.size(); i++) {
            Outcome credential = credential(embedded.get(i), VerifyOptions.credential(now));
            String where = "verifiableCredential[" + i + "]: ";
            credential.warnings().forEach(w -> warnings.add(new Item(w.type(), where + w.message())));
            credential.errors().forEach(e -> errors.add(new Item(e.type(), where + e.message())));
        }
        List<String> checks = embedded.isEmpty() ? List.of("proof") : List.of("proof", "verifiableCredential");
        return answer(new Outcome(checks, warnings, errors));
    }

    private Outcome credential(JsonValue value, VerifyOptions options) {
        if (value instanceof JsonString text && COMPACT_JWS.matcher(text.getString()).matches()) {
            return ours(verifier.verifyJwt(text.getString()));
        }
        if (!(value instanceof JsonObject credential)) {
            return Outcome.failed(VcDataModel.parsing("verifiableCredential must be a credential (a JSON object)"));
        }
        if (credential.get("id") instanceof JsonString id && id.getString().startsWith(ENVELOPED_JWT)) {
            return ours(verifier.verifyJwt(id.getString().substring(ENVELOPED_JWT.length())));
        }
        String issuer = DataIntegrityProofVerifier.issuerId(jackson(credential));
        if (issuer.equals(urls.didWeb().did()) || issuer.equals(urls.issuer())) {
            return ours(verifier.verifyJson(jackson(credential)));
        }
        return foreign(credential, issuer, options);
    }

    /** One of our credentials: exactly the checks of POST /verify, the signature being the "proof" check. */
    private static Outcome ours(VerificationReport report) {
        List<String> checks = new ArrayList<>();
        List<Item> errors = new ArrayList<>();
        for (CheckResult check : report.checks()) {
            if (!check.skipped()) {
                checks.add("signature".equals(check.check()) ? "proof" : check.check());
            }
            if (check.failed()) {
                errors.add(new Item(CERTBADGE + check.check(), check.detail()));
            }
        }
        return new Outcome(checks, List.of(), errors);
    }

    private Outcome foreign(JsonObject credential, String issuer, VerifyOptions options) {
        List<Item> errors = new ArrayList<>(VcDataModel.credential(credential, options.now()));
        ProofVerification proof = DataIntegrityProofs.verify(credential, options, keys);
        proof.allErrors().forEach(e -> errors.add(new Item(e.code().type(), e.message())));
        if (proof.verified() && proof.proofs().stream().noneMatch(p -> issuer.equals(p.controller()))) {
            errors.add(new Item(io.certbadge.signing.dataintegrity.ProofError.Code.PROOF_VERIFICATION_ERROR.type(),
                    "no proof was made by the credential's issuer " + issuer));
        }
        List<Item> warnings = credential.containsKey("credentialStatus")
                ? List.of(new Item(CERTBADGE + "status", "the credential's status was not checked: this service"
                        + " checks the status lists it publishes itself and fetches no others"))
                : List.of();
        return new Outcome(List.of("proof", "issuer", "validity"), warnings, errors);
    }

    private static VcApiAnswer answer(Outcome outcome) {
        return VcApiAnswer.of(outcome.checks(), outcome.warnings(), outcome.errors());
    }

    private static Optional<JsonObject> request(byte[] body) {
        return JsonP.value(new String(body == null ? new byte[0] : body, StandardCharsets.UTF_8))
                .filter(JsonObject.class::isInstance).map(JsonObject.class::cast);
    }

    private ObjectNode jackson(JsonObject credential) {
        try {
            return (ObjectNode) json.readTree(credential.toString());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON-P always writes JSON", e);
        }
    }

    private static Optional<String> string(JsonObject object, String name) {
        return object.get(name) instanceof JsonString value ? Optional.of(value.getString()) : Optional.empty();
    }
}
