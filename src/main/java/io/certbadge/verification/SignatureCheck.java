package io.certbadge.verification;

import jakarta.enterprise.context.ApplicationScoped;

/** The VC-JWT's signature verifies with the public key published at its {@code kid}. */
@ApplicationScoped
public class SignatureCheck implements VerificationCheck {

    @Override
    public String id() {
        return "signature";
    }

    @Override
    public CheckResult run(VerificationContext context) {
        return new CheckResult(id(), context.signature().valid(), context.signature().detail());
    }
}
