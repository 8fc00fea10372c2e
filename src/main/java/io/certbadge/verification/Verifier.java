package io.certbadge.verification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.certbadge.common.PublicIds;
import io.certbadge.common.PublicUrls;
import io.certbadge.credential.Credential;
import io.certbadge.credential.CredentialRepository;
import io.certbadge.signing.JwsVerifier;
import io.certbadge.signing.VcJwtClaims;
import io.certbadge.verification.VerificationReport.CredentialView;
import io.certbadge.verification.VerificationReport.Reference;
import io.certbadge.verification.VerificationReport.Verdict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Runs the checks, in order, over a VC-JWT and turns their results into the verdict. */
@ApplicationScoped
public class Verifier {

    private static final Set<String> INTEGRITY_CHECKS = Set.of("signature", "issuer", "schema");

    private final List<VerificationCheck> checks;
    private final JwsVerifier jws;
    private final CredentialRepository credentials;
    private final PublicUrls urls;
    private final Clock clock;

    public Verifier(SignatureCheck signature, IssuerCheck issuer, SchemaCheck schema, StatusCheck status,
                    ExpiryCheck expiry, JwsVerifier jws, CredentialRepository credentials, PublicUrls urls, Clock clock) {
        this.checks = List.of(signature, issuer, schema, status, expiry);
        this.jws = jws;
        this.credentials = credentials;
        this.urls = urls;
        this.clock = clock;
    }

    /** Verifies one of our credentials from its stored VC-JWT, exactly as a presented one. */
    @Transactional
    public Optional<VerificationReport> verifyStored(String publicId) {
        return (PublicIds.looksValid(publicId) ? credentials.findByPublicId(publicId) : Optional.<Credential>empty())
                .map(c -> verify(c.credentialJwt, Optional.of(c)));
    }

    @Transactional
    public VerificationReport verifyJwt(String compactJwt) {
        return verify(compactJwt, Optional.empty());
    }

    /** {@code known}: the row the JWT was read from, used only if the JWT's own {@code id} names it. */
    private VerificationReport verify(String compactJwt, Optional<Credential> known) {
        JwsVerifier.Outcome signature = jws.verify(compactJwt);
        ObjectNode payload = signature.payload();
        ObjectNode credential = payload == null ? null : VcJwtClaims.credential(payload);
        Optional<Credential> stored = credential == null ? Optional.empty()
                : known.filter(c -> urls.credential(c.publicId).equals(credential.path("id").asText()))
                        .or(() -> findStored(credential));
        return run(signature, credential, payload, stored);
    }

    /**
     * Verifies an OB 3.0 JSON credential presented without its JWT. We sign only as VC-JWT and do
     * not verify embedded Data Integrity proofs, so the only proof we can offer is our own: a JSON
     * credential is genuine when it is, field for field, the credential inside the VC-JWT we signed
     * under its id. Anything else fails the signature check and says why; the other checks still
     * run on what the JSON claims, so the report shows everything else that is wrong with it.
     */
    @Transactional
    public VerificationReport verifyJson(ObjectNode credential) {
        Optional<Credential> stored = findStored(credential);
        return run(proofOfJson(credential, stored), credential, null, stored);
    }

    private JwsVerifier.Outcome proofOfJson(ObjectNode credential, Optional<Credential> stored) {
        if (stored.isPresent()) {
            JwsVerifier.Outcome ours = jws.verify(stored.get().credentialJwt);
            if (!ours.valid()) {
                return new JwsVerifier.Outcome(false, "our own signed copy of this credential does not verify: "
                        + ours.detail(), null);
            }
            return VcJwtClaims.credential(ours.payload()).equals(credential)
                    ? new JwsVerifier.Outcome(true, "no embedded proof; identical to the credential this service"
                            + " signed under this id (" + ours.detail() + ")", null)
                    : new JwsVerifier.Outcome(false, "no embedded proof, and the JSON differs from the credential"
                            + " this service signed under this id, so it has been altered", null);
        }
        if (credential.has("proof")) {
            return new JwsVerifier.Outcome(false, "the embedded proof (" + proofType(credential.get("proof"))
                    + ") cannot be checked here: this service verifies VC-JWTs, and credentials it issued", null);
        }
        return new JwsVerifier.Outcome(false, "no proof: the JSON carries no signature and is not a credential"
                + " this service issued", null);
    }

    private static String proofType(JsonNode proof) {
        JsonNode first = proof.isArray() ? proof.path(0) : proof;
        String cryptosuite = first.path("cryptosuite").asText("");
        String type = first.path("type").asText("unknown type");
        return cryptosuite.isEmpty() ? type : type + " " + cryptosuite;
    }

    private VerificationReport run(JwsVerifier.Outcome signature, ObjectNode credential, ObjectNode payload,
                                   Optional<Credential> stored) {
        VerificationContext context = new VerificationContext(signature, credential, payload, stored, clock.instant());
        List<CheckResult> results = checks.stream().map(check -> check.run(context)).toList();
        Verdict verdict = verdict(results);
        return new VerificationReport(verdict == Verdict.VALID, verdict, results, view(credential, stored));
    }

    private Optional<Credential> findStored(ObjectNode credential) {
        String publicId = urls.idAfter(credential.path("id").asText(""), "/credentials/");
        return publicId == null || !PublicIds.looksValid(publicId) ? Optional.empty() : credentials.findByPublicId(publicId);
    }

    private static Verdict verdict(List<CheckResult> results) {
        if (results.stream().anyMatch(r -> !r.passed() && INTEGRITY_CHECKS.contains(r.check()))) {
            return Verdict.INVALID;
        }
        if (failed(results, "status")) {
            return Verdict.REVOKED;
        }
        return failed(results, "expiry") ? Verdict.EXPIRED : Verdict.VALID;
    }

    private static boolean failed(List<CheckResult> results, String check) {
        return results.stream().anyMatch(r -> r.check().equals(check) && !r.passed());
    }

    private static CredentialView view(ObjectNode credential, Optional<Credential> stored) {
        if (credential == null) {
            return null;
        }
        JsonNode achievement = credential.path("credentialSubject").path("achievement");
        JsonNode issuer = credential.path("issuer");
        return new CredentialView(
                textOrNull(credential.get("id")),
                new Reference(textOrNull(achievement.get("id")), textOrNull(achievement.get("name"))),
                recipientName(credential.path("credentialSubject")),
                issuer.isTextual() ? new Reference(issuer.asText(), null)
                        : new Reference(textOrNull(issuer.get("id")), textOrNull(issuer.get("name"))),
                instant(credential.get("validFrom")),
                instant(credential.get("validUntil")),
                stored.map(c -> c.revokedAt).orElse(null),
                stored.map(c -> c.revocationReason).orElse(null));
    }

    /** The name identifier (unhashed) of the subject, if the credential carries one. */
    private static String recipientName(JsonNode subject) {
        for (JsonNode identifier : subject.path("identifier")) {
            if ("name".equals(identifier.path("identityType").asText()) && !identifier.path("hashed").asBoolean(true)) {
                return identifier.path("identityHash").asText(null);
            }
        }
        return subject.hasNonNull("name") ? subject.get("name").asText() : null;
    }

    private static String textOrNull(JsonNode node) {
        return node == null || !node.isTextual() ? null : node.asText();
    }

    private static Instant instant(JsonNode node) {
        try {
            return node == null || !node.isTextual() ? null : OffsetDateTime.parse(node.asText()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
