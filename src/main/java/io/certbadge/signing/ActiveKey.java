package io.certbadge.signing;

/** The key that signs new credentials now: its database id, public key id and material. */
public record ActiveKey(Long id, String keyId, KeyMaterial material) {
}
