package io.certbadge.signing;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;

/**
 * The signing port: one implementation per proof format. Each signs the credential as written,
 * without any proof in it, and never changes it, so the proofs stay independent of each other
 * (the VC-JWT payload is the credential without {@code proof}). A new proof format is a new bean
 * of this type; {@link CredentialSigner} picks it up and issuance does not change.
 */
public interface ProofSigner {

    ProofFormat format();

    Proof sign(ObjectNode credential, Instant signedAt);
}
