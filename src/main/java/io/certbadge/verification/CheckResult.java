package io.certbadge.verification;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One line of a verification report: which check, whether it passed, and a sentence for people.
 * A check that could not run because an earlier one failed is {@code skipped} (and not passed);
 * {@code skipped} appears in the JSON only then. The title is for pages, not for the JSON.
 */
@JsonPropertyOrder({"check", "passed", "skipped", "detail"})
@JsonIgnoreProperties({"title", "log"})
public record CheckResult(String check, boolean passed,
                          @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean skipped, String detail,
                          String title, VerificationReport.LogEntry log) {

    public static CheckResult pass(VerificationCheck check, String detail) {
        return new CheckResult(check.type().id(), true, false, detail, check.type().title(), null);
    }

    /** Passed, with the log entry that proves it; the report carries the entry as its {@code log}. */
    public static CheckResult pass(VerificationCheck check, String detail, VerificationReport.LogEntry log) {
        return new CheckResult(check.type().id(), true, false, detail, check.type().title(), log);
    }

    public static CheckResult fail(VerificationCheck check, String detail) {
        return new CheckResult(check.type().id(), false, false, detail, check.type().title(), null);
    }

    public static CheckResult of(VerificationCheck check, boolean passed, String detail) {
        return new CheckResult(check.type().id(), passed, false, detail, check.type().title(), null);
    }

    /** Not run, because {@code reason} (an earlier failure) makes its answer meaningless. */
    public static CheckResult skipped(VerificationCheck check, String reason) {
        return notDecided(check, "not checked: " + reason);
    }

    /** Skipped for a reason that is not a failure (a credential not yet in the log), said as is. */
    public static CheckResult notDecided(VerificationCheck check, String detail) {
        return new CheckResult(check.type().id(), false, true, detail, check.type().title(), null);
    }

    /** Whether this result counts against the credential: failed, and not merely skipped. */
    public boolean failed() {
        return !passed && !skipped;
    }
}
