package io.certbadge.verification;

import io.certbadge.verification.VerificationReport.Verdict;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** The credential JSON validates against the official OB 3.0 AchievementCredential schema. */
@ApplicationScoped
public class SchemaCheck implements VerificationCheck {

    static final CheckType TYPE = new CheckType("schema", "Open Badges 3.0 format", Verdict.INVALID, 30);

    private static final int SHOWN = 3;

    private final OpenBadgeSchema schema;

    public SchemaCheck(OpenBadgeSchema schema) {
        this.schema = schema;
    }

    @Override
    public CheckType type() {
        return TYPE;
    }

    @Override
    public CheckResult run(VerificationContext context) {
        if (context.credential() == null) {
            return CheckResult.fail(this, "the presented data holds no credential JSON");
        }
        OpenBadgeSchema.Violations violations = schema.violations(context.credential().toString());
        if (violations.isEmpty()) {
            return CheckResult.pass(this, "valid Open Badges 3.0 AchievementCredential (1EdTech JSON Schema)");
        }
        List<String> first = violations.first();
        String shown = String.join("; ", first.subList(0, Math.min(SHOWN, first.size())));
        return CheckResult.fail(this, "does not match the Open Badges 3.0 schema: " + shown
                + (violations.total() > SHOWN ? " (and " + (violations.total() - SHOWN) + " more)" : ""));
    }
}
