package io.certbadge.signing;

/** The kinds of proof a credential can carry. */
public enum ProofFormat {
    /** A compact JWS around the credential (VC-JOSE-COSE, OB 3.0 §8.2): served at /credentials/{id}/jwt. */
    VC_JWT,
    /** An object in the credential's {@code proof} array (W3C VC Data Integrity, e.g. eddsa-rdfc-2022). */
    DATA_INTEGRITY
}
