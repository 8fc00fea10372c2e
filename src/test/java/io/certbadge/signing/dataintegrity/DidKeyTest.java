package io.certbadge.signing.dataintegrity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Multikey and did:key for Ed25519, against the values of the W3C vc-di-eddsa test vectors. */
class DidKeyTest {

    private final Ed25519Key specKey = DiFixtures.w3cKey(DiFixtures.json(DiFixtures.W3C + "keyPair.json"));

    @Test
    void shouldEncodeThePublicKeyAsTheSpecsMultikey() {
        assertEquals("z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2", specKey.publicKeyMultibase());
        assertArrayEquals(specKey.publicKey(), Multikey.decodeEd25519(specKey.publicKeyMultibase()).orElseThrow());
    }

    @Test
    void shouldResolveAnEd25519DidKeyOffline() {
        String method = "did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2";

        VerificationMethodResolver.Resolution resolved = DidKey.resolve(method, "assertionMethod");

        assertEquals(VerificationMethodResolver.Outcome.FOUND, resolved.outcome());
        assertArrayEquals(specKey.publicKey(), resolved.publicKey());
        assertEquals("did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2", resolved.controller());
        assertEquals(method, DidKey.verificationMethod(specKey.publicKey()));
    }

    @Test
    void shouldRefuseWhatIsNotAnEd25519DidKeyMethod() {
        String key = "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2";
        assertEquals(VerificationMethodResolver.Outcome.INVALID, DidKey.resolve("did:key:invalidVm", "assertionMethod").outcome());
        assertEquals(VerificationMethodResolver.Outcome.INVALID,
                DidKey.resolve("did:key:" + key + "#other", "assertionMethod").outcome(), "the fragment must repeat the key");
        assertEquals(VerificationMethodResolver.Outcome.INVALID,
                DidKey.resolve("did:key:zDnaegE6RR3atJtHKwTRTWHsJ3kNHqFwv7n9YjTgmU7TyfU76", "assertionMethod").outcome(),
                "a P-256 did:key is not an Ed25519 key");
        assertEquals(VerificationMethodResolver.Outcome.INVALID,
                DidKey.resolve("did:key:" + key + "#" + key, "keyAgreement").outcome(), "not a signing relationship");
        assertTrue(Multikey.decodeEd25519("not-multibase").isEmpty());
    }

    @Test
    void shouldReportEveryOtherMethodAsNotCheckableWithoutFetchingIt() {
        VerificationMethodResolver.Resolution web = VerificationMethodResolver.didKeyOnly()
                .resolve("did:web:issuer.example.com#key-1", "assertionMethod");

        assertEquals(VerificationMethodResolver.Outcome.NOT_CHECKABLE, web.outcome());
        assertTrue(web.reason().contains("never"), web.reason());
    }
}
