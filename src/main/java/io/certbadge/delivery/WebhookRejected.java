package io.certbadge.delivery;

import io.certbadge.common.Problem.FieldError;
import io.certbadge.common.ProblemType;
import io.certbadge.common.RuleViolation;

import java.util.List;

/** A webhook endpoint that cannot be registered; names every field that is wrong. */
public class WebhookRejected extends RuleViolation {

    WebhookRejected(List<FieldError> errors) {
        super("The webhook endpoint was not registered.", errors);
    }

    @Override
    public ProblemType problemType() {
        return ProblemType.WEBHOOK_REJECTED;
    }
}
