package io.certbadge.signing.dataintegrity;

/**
 * Finds the public key behind a proof's {@code verificationMethod}, for the given proof purpose. An
 * implementation resolves only what it can without fetching: the issuer's own keys, did:key.
 */
@FunctionalInterface
public interface VerificationMethodResolver {

    Resolution resolve(String verificationMethod, String proofPurpose);

    /** Tries this resolver, then {@code next} for whatever this one cannot check. */
    default VerificationMethodResolver orElse(VerificationMethodResolver next) {
        return (method, purpose) -> {
            Resolution resolution = resolve(method, purpose);
            return resolution.outcome() == Outcome.NOT_CHECKABLE ? next.resolve(method, purpose) : resolution;
        };
    }

    /** did:key (Ed25519), then nothing: every other method is reported as not checkable, never fetched. */
    static VerificationMethodResolver didKeyOnly() {
        return (method, purpose) -> DidKey.isDidKey(method)
                ? DidKey.resolve(method, purpose)
                : Resolution.notCheckable("the key " + method + " would have to be fetched from elsewhere,"
                        + " which certbadge never does; it resolves its own keys and did:key only");
    }

    enum Outcome {
        /** The key exists and may make this kind of proof. */
        FOUND,
        /** The method is malformed, unknown to its controller, or not allowed for the purpose. */
        INVALID,
        /** The key lives somewhere certbadge does not look (it fetches nothing). */
        NOT_CHECKABLE
    }

    /** What a resolution found: the raw Ed25519 public key and its controller (the signer's DID), or why not. */
    record Resolution(Outcome outcome, byte[] publicKey, String controller, String reason) {

        public static Resolution found(byte[] publicKey, String controller) {
            return new Resolution(Outcome.FOUND, publicKey.clone(), controller, null);
        }

        public static Resolution invalid(String reason) {
            return new Resolution(Outcome.INVALID, null, null, reason);
        }

        public static Resolution notCheckable(String reason) {
            return new Resolution(Outcome.NOT_CHECKABLE, null, null, reason);
        }
    }
}
