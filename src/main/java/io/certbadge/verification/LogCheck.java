package io.certbadge.verification;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSObject;
import io.certbadge.common.PublicUrls;
import io.certbadge.credential.Credential;
import io.certbadge.signing.KeyCompromise;
import io.certbadge.signing.KeyCompromises;
import io.certbadge.transparency.TransparencyLog;
import io.certbadge.verification.VerificationReport.LogEntry;
import io.certbadge.verification.VerificationReport.Verdict;
import jakarta.enterprise.context.ApplicationScoped;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The sixth check: a credential signed with this issuer's key is in its public issuance log (leaf =
 * SHA-256 of the compact VC-JWT). Within {@link #INTEGRATION_DELAY} of its {@code iat} a credential
 * not yet integrated is {@code skipped}; after that, missing means signed by someone else with our
 * key. Once a key is reported compromised, only what it signed that was logged before the
 * compromise passes. Credentials issued before the log existed pass on our own records.
 */
@ApplicationScoped
public class LogCheck implements VerificationCheck {

    static final CheckType TYPE = new CheckType("log", "Issuance log", Verdict.INVALID, 60);
    /** The contract's bound on integration: a credential is in the log within 5 s of being issued. */
    static final Duration INTEGRATION_DELAY = Duration.ofSeconds(5);

    private final TransparencyLog log;
    private final KeyCompromises compromises;
    private final PublicUrls urls;

    public LogCheck(TransparencyLog log, KeyCompromises compromises, PublicUrls urls) {
        this.log = log;
        this.compromises = compromises;
        this.urls = urls;
    }

    /** What was signed: the VC-JWT (null for a JSON credential we have no copy of), its key id and date. */
    private record Signed(String jwt, String keyId, Instant issuedAt) {
    }

    @Override
    public CheckType type() {
        return TYPE;
    }

    @Override
    public CheckResult run(VerificationContext context) {
        if (!context.earlier(SignatureCheck.TYPE.id()).map(CheckResult::passed).orElse(false)) {
            return CheckResult.skipped(this, "the credential does not carry this issuer's valid signature");
        }
        Signed signed = signed(context);
        Optional<TransparencyLog.Inclusion> inclusion = signed.jwt() == null ? Optional.empty()
                : log.inclusion(TransparencyLog.leafData(signed.jwt()));
        Optional<KeyCompromise> compromise = signed.keyId() == null ? Optional.empty() : compromises.of(signed.keyId());
        if (compromise.isPresent()) {
            return afterCompromise(compromise.get(), inclusion);
        }
        if (inclusion.isPresent()) {
            return CheckResult.pass(this, "listed in the issuer's public log as entry " + inclusion.get().leafIndex()
                    + " (checkpoint of " + inclusion.get().treeSize() + " entries)", entry(inclusion.get()));
        }
        return missing(context, signed);
    }

    private CheckResult afterCompromise(KeyCompromise compromise, Optional<TransparencyLog.Inclusion> inclusion) {
        String key = "key " + urls.key(compromise.keyId()) + " was reported compromised as of " + compromise.compromisedAt();
        if (inclusion.isPresent() && inclusion.get().integratedAt().isBefore(compromise.compromisedAt())) {
            return CheckResult.pass(this, "listed in the issuer's public log as entry " + inclusion.get().leafIndex()
                    + " since " + inclusion.get().integratedAt() + ", before its " + key, entry(inclusion.get()));
        }
        return CheckResult.fail(this, "its " + key + ", and this credential was not in the issuer's public log before"
                + " then" + inclusion.map(i -> " (it was logged only on " + i.integratedAt() + ")").orElse(""));
    }

    private CheckResult missing(VerificationContext context, Signed signed) {
        Instant issuedAt = signed.issuedAt();
        Optional<Instant> started = log.startedAt();
        if (issuedAt != null && started.isPresent() && issuedAt.isBefore(started.get()) && signed.jwt() != null
                && context.stored().map(c -> c.credentialJwt.equals(signed.jwt())).orElse(false)) {
            return CheckResult.pass(this, "issued on " + issuedAt + ", before the issuer's public log started on "
                    + started.get() + ": confirmed by the issuer's own records instead");
        }
        if (issuedAt != null && !context.now().isBefore(issuedAt.minus(INTEGRATION_DELAY))
                && !context.now().isAfter(issuedAt.plus(INTEGRATION_DELAY))) {
            return CheckResult.notDecided(this, "not yet in the log");
        }
        String pending = signed.jwt() != null && log.contains(TransparencyLog.leafData(signed.jwt()))
                ? " (it is waiting to be integrated: the log is behind)" : "";
        return CheckResult.fail(this, "signed with this issuer's key but not in its public log "
                + (issuedAt == null ? "" : Duration.between(issuedAt, context.now()).toSeconds() + " s after it was issued")
                + pending);
    }

    private Signed signed(VerificationContext context) {
        if (context.presented() instanceof Presentation.Jwt presented) {
            String jwt = presented.compactJwt().strip();
            return new Signed(jwt, keyIdOf(jwt), epochSeconds(context.payload() == null ? null : context.payload().get("iat"))
                    .orElseGet(() -> validFrom(context)));
        }
        Optional<Credential> stored = context.stored();
        if (stored.isPresent()) {
            return new Signed(stored.get().credentialJwt, stored.get().signingKey.keyId, stored.get().issuedAt);
        }
        return new Signed(null, null, validFrom(context));
    }

    private String keyIdOf(String jwt) {
        try {
            return urls.idAfter(JWSObject.parse(jwt).getHeader().getKeyID(), "/keys/");
        } catch (ParseException e) {
            return null;
        }
    }

    private static Optional<Instant> epochSeconds(JsonNode value) {
        return value != null && value.canConvertToLong() ? Optional.of(Instant.ofEpochSecond(value.asLong())) : Optional.empty();
    }

    private static Instant validFrom(VerificationContext context) {
        try {
            return context.credential() == null ? null : Instant.parse(context.credential().path("validFrom").asText(""));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static LogEntry entry(TransparencyLog.Inclusion inclusion) {
        return new LogEntry(inclusion.leafIndex(), inclusion.treeSize(), inclusion.rootHashBase64(),
                inclusion.proofBase64(), inclusion.checkpoint());
    }
}
