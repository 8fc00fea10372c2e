package io.certbadge.signing.dataintegrity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * What a new proof says besides its signature: who signs ({@code verificationMethod}), when, for what
 * purpose, and for a presentation the verifier's {@code challenge} and {@code domain}. {@code id} and
 * {@code previousProof} build proof chains.
 */
public record ProofOptions(String verificationMethod, Instant created, String proofPurpose,
                           String id, List<String> previousProof, String challenge, String domain) {

    public ProofOptions {
        if (verificationMethod == null || proofPurpose == null) {
            throw new IllegalArgumentException("a proof needs a verificationMethod and a proofPurpose");
        }
        // xsd:dateTimeStamp to the second, as every other date in the credential
        created = created == null ? null : created.truncatedTo(ChronoUnit.SECONDS);
        previousProof = previousProof == null ? List.of() : List.copyOf(previousProof);
    }

    /** An issuer's proof on a credential. */
    public static ProofOptions assertion(String verificationMethod, Instant created) {
        return new ProofOptions(verificationMethod, created, "assertionMethod", null, null, null, null);
    }

    /** A holder's proof on a presentation, bound to one verifier's challenge and domain. */
    public static ProofOptions authentication(String verificationMethod, Instant created, String challenge, String domain) {
        return new ProofOptions(verificationMethod, created, "authentication", null, null, challenge, domain);
    }

    public ProofOptions withId(String proofId) {
        return new ProofOptions(verificationMethod, created, proofPurpose, proofId, previousProof, challenge, domain);
    }

    public ProofOptions after(String... previousProofIds) {
        return new ProofOptions(verificationMethod, created, proofPurpose, id, List.of(previousProofIds), challenge, domain);
    }
}
