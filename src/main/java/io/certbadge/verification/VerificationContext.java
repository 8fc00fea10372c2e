package io.certbadge.verification;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.certbadge.credential.Credential;
import io.certbadge.signing.JwsVerifier;

import java.time.Instant;
import java.util.Optional;

/**
 * What the checks look at: the signature outcome, the credential the JWT carries (without the JWT
 * claims), the JWT payload, our stored copy when the credential is one of ours, and the time.
 */
public record VerificationContext(JwsVerifier.Outcome signature, ObjectNode credential, ObjectNode payload,
                                  Optional<Credential> stored, Instant now) {
}
