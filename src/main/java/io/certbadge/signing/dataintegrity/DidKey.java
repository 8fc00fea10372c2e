package io.certbadge.signing.dataintegrity;

import java.util.Optional;
import java.util.Set;

/**
 * did:key for Ed25519 (W3C CCG did:key method): the DID is {@code did:key:} + the key's Multikey value,
 * its only verification method is {@code did:key:z6Mk…#z6Mk…}. Resolving needs no network, so any
 * credential signed this way can be checked offline.
 */
public final class DidKey {

    public static final String PREFIX = "did:key:";

    /** The relationships a did:key document lists its key under. */
    private static final Set<String> PURPOSES = Set.of("assertionMethod", "authentication",
            "capabilityInvocation", "capabilityDelegation");

    private DidKey() {
    }

    public static boolean isDidKey(String verificationMethod) {
        return verificationMethod != null && verificationMethod.startsWith(PREFIX);
    }

    public static String did(byte[] ed25519PublicKey) {
        return PREFIX + Multikey.encodeEd25519(ed25519PublicKey);
    }

    /** The verification method id of an Ed25519 did:key: {@code did:key:z6Mk…#z6Mk…}. */
    public static String verificationMethod(byte[] ed25519PublicKey) {
        String multikey = Multikey.encodeEd25519(ed25519PublicKey);
        return PREFIX + multikey + "#" + multikey;
    }

    /** Resolves a did:key verification method; only Ed25519 keys are understood. */
    public static VerificationMethodResolver.Resolution resolve(String verificationMethod, String proofPurpose) {
        String identifier = verificationMethod.substring(PREFIX.length());
        int hash = identifier.indexOf('#');
        String multikey = hash < 0 ? identifier : identifier.substring(0, hash);
        if (hash >= 0 && !identifier.substring(hash + 1).equals(multikey)) {
            return VerificationMethodResolver.Resolution.invalid("the did:key verification method " + verificationMethod
                    + " does not exist: its fragment must repeat the key (did:key:z…#z…)");
        }
        Optional<byte[]> key = Multikey.decodeEd25519(multikey);
        if (key.isEmpty()) {
            return VerificationMethodResolver.Resolution.invalid(verificationMethod
                    + " is not an Ed25519 did:key (z6Mk…); certbadge resolves Ed25519 did:key only");
        }
        if (!PURPOSES.contains(proofPurpose)) {
            return VerificationMethodResolver.Resolution.invalid("a did:key does not authorise its key for " + proofPurpose);
        }
        return VerificationMethodResolver.Resolution.found(key.get(), PREFIX + multikey);
    }
}
