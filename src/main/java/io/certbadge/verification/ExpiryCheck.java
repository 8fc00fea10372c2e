package io.certbadge.verification;

import com.fasterxml.jackson.databind.JsonNode;
import io.certbadge.verification.VerificationReport.Verdict;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** The credential is inside its validity period ({@code validFrom} … {@code validUntil}). */
@ApplicationScoped
public class ExpiryCheck implements VerificationCheck {

    static final CheckType TYPE = new CheckType("expiry", "Validity period", Verdict.EXPIRED, 50);

    @Override
    public CheckType type() {
        return TYPE;
    }

    @Override
    public CheckResult run(VerificationContext context) {
        if (context.credential() == null) {
            return CheckResult.fail(this, "no credential could be read, so its validity period is unknown");
        }
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

    private static Instant instant(JsonNode node) {
        return node == null || !node.isTextual() ? null : java.time.OffsetDateTime.parse(node.asText()).toInstant();
    }
}
