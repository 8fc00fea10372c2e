package io.certbadge.signing.dataintegrity;

import java.util.List;

/**
 * The result of checking every Data Integrity proof of a document: one {@link Checked} per proof, in
 * document order, or the errors that stopped before any proof could be checked (no proof, not JSON).
 */
public record ProofVerification(List<Checked> proofs, List<ProofError> errors) {

    public ProofVerification {
        proofs = List.copyOf(proofs);
        errors = List.copyOf(errors);
    }

    static ProofVerification failed(ProofError.Code code, String message) {
        return new ProofVerification(List.of(), List.of(new ProofError(code, message)));
    }

    /** Every proof verified (and there is at least one). */
    public boolean verified() {
        return errors.isEmpty() && !proofs.isEmpty() && proofs.stream().allMatch(Checked::verified);
    }

    /** Every error, the document's and each proof's. */
    public List<ProofError> allErrors() {
        return java.util.stream.Stream.concat(errors.stream(), proofs.stream().flatMap(p -> p.errors().stream())).toList();
    }

    /** True where nothing failed but something could not be checked here (an unbundled context, a foreign key). */
    public boolean notCheckable() {
        List<ProofError> all = allErrors();
        return !all.isEmpty() && all.stream().allMatch(ProofError::notCheckable);
    }

    /**
     * One proof: which key made it ({@code verificationMethod}, its {@code controller}, null when not
     * resolved), for which purpose, and whether it verified.
     */
    public record Checked(String verificationMethod, String controller, String proofPurpose, List<ProofError> errors) {

        public Checked {
            errors = List.copyOf(errors);
        }

        public boolean verified() {
            return errors.isEmpty();
        }
    }
}
