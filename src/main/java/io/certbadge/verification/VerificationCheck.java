package io.certbadge.verification;

/** One check of a presented credential; checks run in a fixed order and each answers for itself. */
public interface VerificationCheck {

    /** The check's id in the report: signature, issuer, schema, status or expiry. */
    String id();

    CheckResult run(VerificationContext context);
}
