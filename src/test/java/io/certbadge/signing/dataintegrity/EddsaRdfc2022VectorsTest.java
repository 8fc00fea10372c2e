package io.certbadge.signing.dataintegrity;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.certbadge.signing.dataintegrity.DiFixtures.W3C;
import static io.certbadge.signing.dataintegrity.DiFixtures.json;
import static io.certbadge.signing.dataintegrity.DiFixtures.text;
import static io.certbadge.signing.dataintegrity.DiFixtures.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** certbadge against the test vectors of the W3C vc-di-eddsa specification (values it did not produce). */
class EddsaRdfc2022VectorsTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    @Test
    void shouldCanonicaliseTheSpecsExampleCredentialToTheSpecsNQuads() {
        assertEquals(text(W3C + "canonDocDataInt.txt"), Rdfc.canonicalize(json(W3C + "unsigned.json")),
                "vc-di-eddsa §A.1: canonical document (RDFC-1.0)");
        assertEquals(text(W3C + "proofCanonDataInt.txt"), Rdfc.canonicalize(json(W3C + "proofConfigDataInt.json")),
                "vc-di-eddsa §A.1: canonical proof configuration");
    }

    @Test
    void shouldReproduceTheSpecsProofValueWithTheSpecsKey() {
        JsonObject expected = json(W3C + "signedDataInt.json").getJsonObject("proof");
        Ed25519Key key = DiFixtures.w3cKey(json(W3C + "keyPair.json"));
        ProofOptions options = ProofOptions.assertion(DidKey.verificationMethod(key.publicKey()),
                Instant.parse(expected.getString("created")));

        JsonObject proof = DataIntegrityProofs.createProof(json(W3C + "unsigned.json"), options, key);

        // Ed25519 signatures are deterministic (RFC 8032), so the same input must give the same bytes
        assertEquals(expected, proof, "vc-di-eddsa §A.1: the signed proof, byte for byte");
    }

    @Test
    void shouldVerifyTheSpecsSignedCredentialThroughItsDidKey() {
        ProofVerification result = DataIntegrityProofs.verify(json(W3C + "signedDataInt.json"),
                VerifyOptions.credential(NOW), VerificationMethodResolver.didKeyOnly());

        assertTrue(result.verified(), () -> "errors: " + result.allErrors());
        assertEquals("did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2", result.proofs().get(0).controller());
    }

    @Test
    void shouldVerifyEveryProofOfTheSpecsProofSet() {
        ProofVerification result = DataIntegrityProofs.verify(json(W3C + "signedProofSet2.json"),
                VerifyOptions.credential(NOW), VerificationMethodResolver.didKeyOnly());

        assertTrue(result.verified(), () -> "errors: " + result.allErrors());
        assertEquals(2, result.proofs().size());
    }

    @Test
    void shouldVerifyTheSpecsProofChainWithPreviousProofAsStringAndAsList() {
        ProofVerification result = DataIntegrityProofs.verify(json(W3C + "signedProofChain2.json"),
                VerifyOptions.credential(NOW), VerificationMethodResolver.didKeyOnly());

        assertTrue(result.verified(), () -> "errors: " + result.allErrors());
        assertEquals(4, result.proofs().size());
    }

    @Test
    void shouldFailAChainWhoseEarlierProofWasChanged() {
        JsonObject chain = with(json(W3C + "signedProofChain2.json"), "/proof/0/created", "2024-01-01T00:00:00Z");

        ProofVerification result = DataIntegrityProofs.verify(chain, VerifyOptions.credential(NOW),
                VerificationMethodResolver.didKeyOnly());

        assertFalse(result.verified());
        assertFalse(result.proofs().get(0).verified(), "the changed proof itself");
        assertFalse(result.proofs().get(2).verified(), "the proof chained to it covers it");
        assertTrue(result.proofs().get(1).verified(), "an independent proof of the set still verifies");
    }

    @Test
    void shouldFailAChainThatNamesAProofNotInTheDocument() {
        JsonObject chain = with(json(W3C + "signedProofChain2.json"), "/proof/3/previousProof",
                Json.createValue("urn:uuid:not-in-this-document"));

        ProofVerification result = DataIntegrityProofs.verify(chain, VerifyOptions.credential(NOW),
                VerificationMethodResolver.didKeyOnly());

        assertFalse(result.verified());
        assertEquals(ProofError.Code.PROOF_VERIFICATION_ERROR, result.proofs().get(3).errors().get(0).code(),
                "VC Data Integrity §4.5: a missing previous proof is a PROOF_VERIFICATION_ERROR");
    }

    @Test
    void shouldChainAndSetProofsItMakesItself() {
        JsonObject keys = json(W3C + "multiKeyPairs.json");
        Ed25519Key first = DiFixtures.w3cKey(keys.getJsonObject("keyPair1"));
        Ed25519Key second = DiFixtures.w3cKey(keys.getJsonObject("keyPair2"));
        JsonObject document = DataIntegrityProofs.addProof(json(W3C + "unsigned.json"),
                ProofOptions.assertion(DidKey.verificationMethod(first.publicKey()), NOW).withId("urn:uuid:first"), first);
        document = DataIntegrityProofs.addProof(document,
                ProofOptions.assertion(DidKey.verificationMethod(second.publicKey()), NOW).after("urn:uuid:first"), second);

        ProofVerification result = DataIntegrityProofs.verify(document, VerifyOptions.credential(NOW),
                VerificationMethodResolver.didKeyOnly());

        assertTrue(result.verified(), () -> "errors: " + result.allErrors());
        assertEquals("urn:uuid:first", document.getJsonArray("proof").getJsonObject(1).getString("previousProof"));
    }
}
