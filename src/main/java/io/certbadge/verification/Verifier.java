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
                .map(c -> verifyJwt(c.credentialJwt));
    }

    @Transactional
    public VerificationReport verifyJwt(String compactJwt) {
        JwsVerifier.Outcome signature = jws.verify(compactJwt);
        ObjectNode payload = signature.payload();
        ObjectNode credential = payload == null ? null : VcJwtClaims.credential(payload);
        Optional<Credential> stored = credential == null ? Optional.empty() : findStored(credential);
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
