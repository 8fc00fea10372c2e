package io.certbadge.signing;

import com.nimbusds.jose.jwk.JWK;

import java.util.Optional;

/**
 * What signers and verifiers need from the key registry: the key that signs now, and the public
 * key published under a key id. {@link KeyRegistry} answers from the database; a benchmark or a
 * test can answer from memory.
 */
public interface SigningKeys {

    ActiveKey active();

    /** The published public JWK of a key id, with its {@code kid} URL; empty for a key never published. */
    Optional<JWK> publishedKey(String keyId);
}
