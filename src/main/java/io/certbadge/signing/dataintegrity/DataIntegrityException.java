package io.certbadge.signing.dataintegrity;

/** A proof cannot be made or checked; carries the {@link ProofError} that says why. */
public class DataIntegrityException extends RuntimeException {

    private final transient ProofError error;

    public DataIntegrityException(ProofError.Code code, String message) {
        super(message);
        this.error = new ProofError(code, message);
    }

    public ProofError error() {
        return error;
    }
}
