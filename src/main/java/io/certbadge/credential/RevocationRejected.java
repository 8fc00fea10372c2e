package io.certbadge.credential;

import io.certbadge.common.Problem.FieldError;
import io.certbadge.common.ProblemType;
import io.certbadge.common.RuleViolation;

import java.util.List;

/** A revocation that breaks a rule: no reason, or one too long. */
public class RevocationRejected extends RuleViolation {

    RevocationRejected(String detail, String reasonMessage) {
        super(detail, List.of(new FieldError("reason", reasonMessage)));
    }

    @Override
    public ProblemType problemType() {
        return ProblemType.REVOCATION_REJECTED;
    }
}
