package io.certbadge.verification;

import com.fasterxml.jackson.databind.JsonNode;
import io.certbadge.verification.VerificationReport.Verdict;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The credential is inside its validity period ({@code validFrom} … {@code validUntil}) and so is
 * the VC-JWT that carries it ({@code nbf} … {@code exp}, RFC 7519 NumericDates; {@code nbf} with a
 * minute's leeway for clocks that run ahead).
 */
@ApplicationScoped
public class ExpiryCheck implements VerificationCheck {

    static final CheckType TYPE = new CheckType("expiry", "Validity period", Verdict.EXPIRED, 50);
    private static final Duration NBF_LEEWAY = Duration.ofMinutes(1);

    @Override
    public CheckType type() {
        return TYPE;
    }

    @Override
    public CheckResult run(VerificationContext context) {
        if (context.credential() == null) {
            return CheckResult.fail(this, "no credential could be read, so its validity period is unknown");
        }
        CheckResult credential = credentialPeriod(context);
        String token = !credential.passed() || context.payload() == null ? null : tokenPeriod(context.payload(), context.now());
        return token == null ? credential : CheckResult.fail(this, token);
    }

    private CheckResult credentialPeriod(VerificationContext context) {
        try {
            Instant validFrom = instant(context.credential().get("validFrom"));
            Instant validUntil = instant(context.credential().get("validUntil"));
            if (validFrom != null && context.now().isBefore(validFrom)) {
                return CheckResult.fail(this, "not valid before " + validFrom);
            }
            if (validUntil == null) {
                return CheckResult.pass(this, "no expiry");
            }
            return context.now().isBefore(validUntil)
                    ? CheckResult.pass(this, "valid until " + validUntil)
                    : CheckResult.fail(this, "expired on " + validUntil);
        } catch (DateTimeParseException e) {
            return CheckResult.fail(this, "validFrom or validUntil is not a date-time");
        }
    }

    /** Why the token is outside its own period, or null when it is inside (or has none). */
    private static String tokenPeriod(JsonNode payload, Instant now) {
        JsonNode nbf = payload.get("nbf");
        JsonNode exp = payload.get("exp");
        if ((nbf != null && !nbf.isNumber()) || (exp != null && !exp.isNumber())) {
            return "the VC-JWT's nbf or exp is not a NumericDate (seconds since 1970)";
        }
        if (nbf != null && now.plus(NBF_LEEWAY).isBefore(Instant.ofEpochSecond(nbf.asLong()))) {
            return "the VC-JWT is not valid before " + Instant.ofEpochSecond(nbf.asLong()) + " (nbf)";
        }
        if (exp != null && !now.isBefore(Instant.ofEpochSecond(exp.asLong()))) {
            return "the VC-JWT expired on " + Instant.ofEpochSecond(exp.asLong()) + " (exp)";
        }
        return null;
    }

    private static Instant instant(JsonNode node) {
        return node == null || !node.isTextual() ? null : java.time.OffsetDateTime.parse(node.asText()).toInstant();
    }
}
