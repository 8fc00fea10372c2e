package io.certbadge.signing;

import io.certbadge.common.PublicUrls;
import io.certbadge.signing.dataintegrity.DidKey;
import io.certbadge.signing.dataintegrity.Multikey;
import io.certbadge.signing.dataintegrity.VerificationMethodResolver;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The keys a Data Integrity proof may name that certbadge can check without fetching anything: its
 * own (the Multikeys of its DID document, from the database) and did:key. Every other method is
 * reported as not checkable.
 */
@ApplicationScoped
public class DataIntegrityKeyResolver implements VerificationMethodResolver {

    private final DataIntegrityKeys keys;
    private final PublicUrls urls;

    public DataIntegrityKeyResolver(DataIntegrityKeys keys, PublicUrls urls) {
        this.keys = keys;
        this.urls = urls;
    }

    @Override
    public Resolution resolve(String verificationMethod, String proofPurpose) {
        String did = urls.didWeb().did();
        if (verificationMethod.startsWith(did + "#")) {
            return ours(did, verificationMethod.substring(did.length() + 1), proofPurpose);
        }
        if (DidKey.isDidKey(verificationMethod)) {
            return DidKey.resolve(verificationMethod, proofPurpose);
        }
        return VerificationMethodResolver.didKeyOnly().resolve(verificationMethod, proofPurpose);
    }

    private Resolution ours(String did, String keyId, String proofPurpose) {
        if (!"assertionMethod".equals(proofPurpose)) {
            return Resolution.invalid("the DID document of " + did + " lists its keys under assertionMethod only, not "
                    + proofPurpose);
        }
        return keys.publishedKey(keyId).flatMap(Multikey::decodeEd25519)
                .map(key -> Resolution.found(key, did))
                .orElseGet(() -> Resolution.invalid("the DID document of " + did + " has no Ed25519 key " + keyId));
    }
}
