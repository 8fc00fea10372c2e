package io.certbadge.verification;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.certbadge.common.PublicUrls;
import io.certbadge.credential.Credential;
import io.certbadge.credential.CredentialRepository;
import io.certbadge.signing.JwsVerifier;
import io.certbadge.signing.VcJwtClaims;
import io.certbadge.verification.VerificationReport.Verdict;
import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs every {@link VerificationCheck}, in order, over a presented credential and turns their
 * results into the verdict: the worst {@link CheckType#failureVerdict()} among the checks
 * that failed, VALID when none did. Once a check of the credential's integrity has failed (its
 * signature above all), what the credential claims is nobody's word: the checks after it are
 * reported skipped instead of run, so a forged payload costs no schema run and says nothing false.
 * Verifying reads; it never signs or writes.
 */
@ApplicationScoped
public class Verifier {

    private final List<VerificationCheck> checks;
    private final JwsVerifier jws;
    private final CredentialRepository credentials;
    private final PublicUrls urls;
    private final Clock clock;

    public Verifier(@All List<VerificationCheck> checks, JwsVerifier jws, CredentialRepository credentials,
                    PublicUrls urls, Clock clock) {
        this.checks = checks.stream().sorted(Comparator.comparingInt(check -> check.type().order())).toList();
        this.jws = jws;
        this.credentials = credentials;
        this.urls = urls;
        this.clock = clock;
    }

    /** Verifies one of our credentials from its stored VC-JWT, exactly as a presented one. */
    @Transactional
    public Optional<VerificationReport> verifyStored(String publicId) {
        return credentials.findByPublicId(publicId).map(c -> verify(c.credentialJwt, Optional.of(c)));
    }

    @Transactional
    public VerificationReport verifyJwt(String compactJwt) {
        return verify(compactJwt, Optional.empty());
    }

    /** {@code known}: the row the JWT was read from, used only if the JWT's own {@code id} names it. */
    private VerificationReport verify(String compactJwt, Optional<Credential> known) {
        ObjectNode payload = jws.decode(compactJwt).orElse(null);
        ObjectNode credential = payload == null ? null : VcJwtClaims.credential(payload);
        Optional<Credential> stored = credential == null ? Optional.empty()
                : known.filter(c -> urls.credential(c.publicId).equals(credential.path("id").asText()))
                        .or(() -> findStored(credential));
        return run(new Presentation.Jwt(compactJwt), credential, payload, stored);
    }

    /**
     * Verifies an OB 3.0 JSON credential presented without its JWT; the signature check decides
     * what proves it (see {@link SignatureCheck}), the other checks run on what the JSON claims.
     */
    @Transactional
    public VerificationReport verifyJson(ObjectNode credential) {
        return run(new Presentation.Json(credential), credential, null, findStored(credential));
    }

    private VerificationReport run(Presentation presented, ObjectNode credential, ObjectNode payload,
                                   Optional<Credential> stored) {
        VerificationContext context = new VerificationContext(presented, credential, payload, stored, clock.instant());
        Verdict verdict = Verdict.VALID;
        String skip = null;
        List<CheckResult> results = new ArrayList<>(checks.size());
        for (VerificationCheck check : checks) {
            CheckResult result = skip != null ? CheckResult.skipped(check, skip) : check.run(context);
            results.add(result);
            context.earlier().add(result);
            if (result.failed() && check.type().failureVerdict().compareTo(verdict) > 0) {
                verdict = check.type().failureVerdict();
            }
            if (result.failed() && check.type().failureVerdict() == Verdict.INVALID && skip == null) {
                skip = "the " + check.type().id() + " check failed";
            }
        }
        VerificationReport.LogEntry log = results.stream().map(CheckResult::log).filter(Objects::nonNull)
                .findFirst().orElse(null);
        return new VerificationReport(verdict == Verdict.VALID, verdict, List.copyOf(results),
                CredentialViews.of(credential, stored), log);
    }

    private Optional<Credential> findStored(ObjectNode credential) {
        String publicId = urls.idAfter(credential.path("id").asText(""), "/credentials/");
        return credentials.findByPublicId(publicId);
    }
}
