package io.certbadge.verification;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** The credential is inside its validity period ({@code validFrom} … {@code validUntil}). */
@ApplicationScoped
public class ExpiryCheck implements VerificationCheck {

    @Override
    public String id() {
        return "expiry";
    }

    @Override
    public CheckResult run(VerificationContext context) {
        if (context.credential() == null) {
            return CheckResult.fail(id(), "no credential could be read, so its validity period is unknown");
        }
        try {
            Instant validFrom = instant(context.credential().get("validFrom"));
            Instant validUntil = instant(context.credential().get("validUntil"));
            if (validFrom != null && context.now().isBefore(validFrom)) {
                return CheckResult.fail(id(), "not valid before " + validFrom);
            }
            if (validUntil == null) {
                return CheckResult.pass(id(), "no expiry");
            }
            return context.now().isBefore(validUntil)
                    ? CheckResult.pass(id(), "valid until " + validUntil)
                    : CheckResult.fail(id(), "expired on " + validUntil);
        } catch (DateTimeParseException e) {
            return CheckResult.fail(id(), "validFrom or validUntil is not a date-time");
        }
    }

    private static Instant instant(JsonNode node) {
        return node == null || !node.isTextual() ? null : java.time.OffsetDateTime.parse(node.asText()).toInstant();
    }
}
