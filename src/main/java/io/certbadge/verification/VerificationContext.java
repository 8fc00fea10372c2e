package io.certbadge.verification;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.certbadge.credential.Credential;

import java.time.Instant;
import java.util.Optional;

/**
 * What the checks look at: what was presented, the credential it carries (for a JWT: decoded, not
 * yet verified, without the JWT claims), the JWT payload, our stored copy when the credential is
 * one of ours, and the time.
 */
public record VerificationContext(Presentation presented, ObjectNode credential, ObjectNode payload,
                                  Optional<Credential> stored, Instant now) {
}
