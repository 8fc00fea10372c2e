package io.certbadge.verification;

/**
 * One check of a presented credential. Every check is a bean; the {@link Verifier} runs them all in
 * the order of their {@link CheckType}, so a new check (the transparency log's {@code log}, say)
 * is one more class. A skipped check decides nothing.
 */
public interface VerificationCheck {

    CheckType type();

    CheckResult run(VerificationContext context);
}
