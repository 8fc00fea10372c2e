package io.certbadge.signing;

/**
 * One proof of a credential. {@code value} is the compact JWS of a {@link ProofFormat#VC_JWT}, or the
 * JSON proof object of an embedded {@link ProofFormat#DATA_INTEGRITY} proof; {@code signingKeyId}
 * is the database id of the key that made it.
 */
public record Proof(ProofFormat format, String value, Long signingKeyId) {
}
