package io.certbadge.signing;

/**
 * What the Data Integrity signer needs from the Ed25519 keys: the key that signs now. Like
 * {@link SigningKeys} for the VC-JWT, {@link DataIntegrityKeys} answers from the database and a
 * benchmark can answer from memory.
 */
public interface Ed25519SigningKeys {

    DataIntegrityKeys.Active active();
}
