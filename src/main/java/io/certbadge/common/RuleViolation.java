package io.certbadge.common;

import java.util.List;

/**
 * A domain rule the caller's input breaks (a revocation without a reason, say). The domain throws a
 * subclass named for its rule and says which {@link ProblemType} it is; {@link ProblemMapper} alone
 * turns it into an HTTP answer, so entities stay free of HTTP.
 */
public abstract class RuleViolation extends RuntimeException {

    private final transient List<Problem.FieldError> errors;

    protected RuleViolation(String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.errors = List.copyOf(errors);
    }

    public abstract ProblemType problemType();

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
