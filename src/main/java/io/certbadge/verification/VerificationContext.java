package io.certbadge.verification;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.certbadge.credential.Credential;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the checks look at: what was presented, the credential it carries (for a JWT: decoded, not
 * yet verified, without the JWT claims), the JWT payload, our stored copy when the credential is
 * one of ours, the time, and the results of the checks that ran before (filled in by the Verifier).
 */
public record VerificationContext(Presentation presented, ObjectNode credential, ObjectNode payload,
                                  Optional<Credential> stored, Instant now, List<CheckResult> earlier) {

    public VerificationContext(Presentation presented, ObjectNode credential, ObjectNode payload,
                               Optional<Credential> stored, Instant now) {
        this(presented, credential, payload, stored, now, new ArrayList<>());
    }

    /** The result of an earlier check, by id: a check may depend on one that runs before it. */
    public Optional<CheckResult> earlier(String checkId) {
        return earlier.stream().filter(result -> result.check().equals(checkId)).findFirst();
    }
}
