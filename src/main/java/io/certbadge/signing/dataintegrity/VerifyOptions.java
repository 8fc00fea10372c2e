package io.certbadge.signing.dataintegrity;

import java.time.Instant;

/**
 * What a verifier expects of the proofs: their purpose ({@code assertionMethod} for a credential,
 * {@code authentication} for a presentation), and where given the challenge and domain it issued.
 * {@code now} decides whether a proof's {@code expires} has passed.
 */
public record VerifyOptions(String expectedProofPurpose, String challenge, String domain, Instant now) {

    public static VerifyOptions credential(Instant now) {
        return new VerifyOptions("assertionMethod", null, null, now);
    }

    public static VerifyOptions presentation(String challenge, String domain, Instant now) {
        return new VerifyOptions("authentication", challenge, domain, now);
    }
}
