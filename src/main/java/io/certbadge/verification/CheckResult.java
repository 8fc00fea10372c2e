package io.certbadge.verification;

/** One line of a verification report: which check, whether it passed, and a sentence for people. */
public record CheckResult(String check, boolean passed, String detail) {

    public static CheckResult pass(String check, String detail) {
        return new CheckResult(check, true, detail);
    }

    public static CheckResult fail(String check, String detail) {
        return new CheckResult(check, false, detail);
    }
}
