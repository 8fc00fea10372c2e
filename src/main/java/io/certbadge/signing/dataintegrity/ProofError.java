package io.certbadge.signing.dataintegrity;

/**
 * Why a Data Integrity proof could not be made or did not verify. The codes are those of W3C VC Data
 * Integrity §"Processing Errors", plus two of certbadge's own for what it refuses to look up.
 */
public record ProofError(Code code, String message) {

    private static final String SECURITY_VOCABULARY = "https://w3id.org/security#";

    public enum Code {
        PARSING_ERROR,
        PROOF_GENERATION_ERROR,
        PROOF_VERIFICATION_ERROR,
        PROOF_TRANSFORMATION_ERROR,
        INVALID_DOMAIN_ERROR,
        INVALID_CHALLENGE_ERROR,
        DATA_LOSS_DETECTION_ERROR,
        /** A context that is not bundled: it would have to be fetched, and nothing is. */
        CONTEXT_NOT_BUNDLED,
        /** A key that would have to be fetched from elsewhere, or a proof kind certbadge does not check. */
        NOT_CHECKABLE;

        /** The problem type URL (the spec's, or its nearest one for certbadge's own codes). */
        public String type() {
            return SECURITY_VOCABULARY + switch (this) {
                case CONTEXT_NOT_BUNDLED -> PROOF_TRANSFORMATION_ERROR.name();
                case NOT_CHECKABLE -> PROOF_VERIFICATION_ERROR.name();
                default -> name();
            };
        }
    }

    /** True where the proof might be sound but cannot be checked here without fetching something. */
    public boolean notCheckable() {
        return code == Code.CONTEXT_NOT_BUNDLED || code == Code.NOT_CHECKABLE;
    }
}
