package io.certbadge.signing.dataintegrity;

import io.certbadge.signing.Ed25519KeyLoader;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.time.Instant;

import static io.certbadge.signing.dataintegrity.DiFixtures.json;
import static io.certbadge.signing.dataintegrity.DiFixtures.with;
import static io.certbadge.signing.dataintegrity.DiFixtures.without;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An Open Badges credential as certbadge issues it, signed with eddsa-rdfc-2022: verified on a path
 * independent of certbadge's proof code and by certbadge's verifier; every kind of change after signing breaks
 * it; a property no context defines is refused instead of being left unsigned.
 */
class DataIntegrityProofsTest {

    private static final Instant ISSUED = Instant.parse("2026-10-15T09:30:00Z");
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final String ISSUER = "did:web:badges.example.com";
    private static final String METHOD = ISSUER + "#k-ed25519-1";

    private final Ed25519Key key = Ed25519KeyLoader.load(Path.of("keys-example/ed25519.pem"));
    /** Our DID document, reduced to the one key it lists under assertionMethod. */
    private final VerificationMethodResolver ourDid = (method, purpose) -> METHOD.equals(method) && "assertionMethod".equals(purpose)
            ? VerificationMethodResolver.Resolution.found(key.publicKey(), ISSUER)
            : VerificationMethodResolver.Resolution.invalid("not in the DID document: " + method);

    private JsonObject signed() {
        return DataIntegrityProofs.addProof(json("certbadge-credential.json"), ProofOptions.assertion(METHOD, ISSUED), key);
    }

    @Test
    void shouldWriteTheProofTheContractDescribes() {
        JsonObject proof = signed().getJsonArray("proof").getJsonObject(0);

        assertEquals(1, signed().getJsonArray("proof").size(), "proof is an array of one (the OB 3.0 schema's type)");
        assertEquals("DataIntegrityProof", proof.getString("type"));
        assertEquals("eddsa-rdfc-2022", proof.getString("cryptosuite"));
        assertEquals("2026-10-15T09:30:00Z", proof.getString("created"));
        assertEquals(METHOD, proof.getString("verificationMethod"));
        assertEquals("assertionMethod", proof.getString("proofPurpose"));
        assertTrue(proof.getString("proofValue").startsWith("z"), "base58btc multibase");
    }

    @Test
    void shouldBeAcceptedByAnIndependentVerifier() {
        assertTrue(IndependentVerifier.verifies(signed(), key.publicKey()),
                "vc-di-eddsa §3.2.2, computed without certbadge's code, accepts the proof with the public key");
        assertFalse(IndependentVerifier.verifies(signed(),
                        DiFixtures.w3cKey(json(DiFixtures.W3C + "keyPair.json")).publicKey()),
                "and refuses it with any other key");
    }

    @Test
    void shouldVerifyWithTheKeyFromTheIssuersDidDocument() {
        ProofVerification result = DataIntegrityProofs.verify(signed(), VerifyOptions.credential(NOW), ourDid);

        assertTrue(result.verified(), () -> "errors: " + result.allErrors());
        assertEquals(ISSUER, result.proofs().get(0).controller());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "the credential's name       | /name                                                  | Another Badge",
            "the achievement             | /credentialSubject/achievement/name                    | Kubernetes Certified Trainer",
            "the recipient's name        | /credentialSubject/identifier/1/identityHash           | Mallory",
            "a result                    | /credentialSubject/result/1/value                      | 5.00",
            "the validity start          | /validFrom                                             | 2025-10-15T09:30:00Z",
            "the expiry                  | /validUntil                                            | 2099-10-15T09:30:00Z",
            "an evidence item            | /evidence/1/description                                | Delivered to nobody.",
            "the status list entry       | /credentialStatus/statusListIndex                      | 1",
            "the issuer                  | /issuer/id                                             | did:web:evil.example.com",
            "the proof's creation date   | /proof/0/created                                       | 2020-01-01T00:00:00Z"})
    void shouldFailOnceAnyFieldIsChangedAfterSigning(String what, String pointer, String value) {
        JsonObject tampered = with(signed(), pointer, value);

        ProofVerification result = DataIntegrityProofs.verify(tampered, VerifyOptions.credential(NOW), ourDid);

        assertFalse(result.verified(), what + " changed: the proof must fail");
        assertEquals(ProofError.Code.PROOF_VERIFICATION_ERROR, result.allErrors().get(0).code());
        assertFalse(IndependentVerifier.verifies(tampered, key.publicKey()),
                what + " changed: the independent verifier refuses it too");
    }

    @Test
    void shouldFailOnceAnEvidenceItemIsRemoved() {
        JsonObject tampered = without(signed(), "/evidence/0");

        assertFalse(DataIntegrityProofs.verify(tampered, VerifyOptions.credential(NOW), ourDid).verified());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a property no context defines | /credentialSubject/favouriteColour | green               | favouriteColour",
            "a type no context defines     | /type/-                            | UndefinedCredential | UndefinedCredential"})
    void shouldRefuseToSignWhatJsonLdWouldDrop(String what, String pointer, String value, String named) {
        JsonObject credential = with(json("certbadge-credential.json"), pointer, value);

        DataIntegrityException refused = assertThrows(DataIntegrityException.class,
                () -> DataIntegrityProofs.addProof(credential, ProofOptions.assertion(METHOD, ISSUED), key), what);

        assertEquals(ProofError.Code.DATA_LOSS_DETECTION_ERROR, refused.error().code());
        assertTrue(refused.getMessage().contains(named), "the refusal names it: " + refused.getMessage());
    }

    @Test
    void shouldRefuseTheSchemaTypeWithoutTheOpenBadgesExtensionsContext() {
        // credentials issued before extensions.json was added: 1EdTechJsonSchemaValidator2019 is undefined there
        JsonObject twoContexts = without(json("certbadge-credential.json"), "/@context/2");

        DataIntegrityException refused = assertThrows(DataIntegrityException.class,
                () -> DataIntegrityProofs.addProof(twoContexts, ProofOptions.assertion(METHOD, ISSUED), key));

        assertTrue(refused.getMessage().contains("1EdTechJsonSchemaValidator2019"), refused.getMessage());
    }

    @Test
    void shouldReportAnUndefinedTermAddedAfterSigningAsDataLoss() {
        JsonObject tampered = with(signed(), "/credentialSubject/undefinedTerm", "IfDroppedWillVerify");

        ProofVerification result = DataIntegrityProofs.verify(tampered, VerifyOptions.credential(NOW), ourDid);

        assertFalse(result.verified());
        assertEquals(ProofError.Code.DATA_LOSS_DETECTION_ERROR, result.allErrors().get(0).code());
    }

    @Test
    void shouldNeverFetchAContextThatIsNotBundled() {
        JsonObject credential = with(signed(), "/@context/-", Json.createValue("https://contexts.example.com/v1"));

        ProofVerification result = DataIntegrityProofs.verify(credential, VerifyOptions.credential(NOW), ourDid);

        assertFalse(result.verified());
        assertTrue(result.notCheckable(), "an unbundled context makes the proof uncheckable here, not wrong");
        assertTrue(result.allErrors().get(0).message().contains("https://contexts.example.com/v1"),
                result.allErrors().get(0).message());
    }

    @Test
    void shouldVerifyThe1EdTechValidatorsOpenBadgesFixture() {
        JsonObject simple = json("1edtech-ob30-simple.json");
        // its verificationMethod is an https URL whose fragment is the Multikey; resolving it would mean a fetch
        VerificationMethodResolver keyInFragment = (method, purpose) -> VerificationMethodResolver.Resolution.found(
                Multikey.decodeEd25519(method.substring(method.indexOf('#') + 1)).orElseThrow(),
                method.substring(0, method.indexOf('#')));

        ProofVerification offline = DataIntegrityProofs.verify(simple, VerifyOptions.credential(NOW),
                VerificationMethodResolver.didKeyOnly());
        ProofVerification withKey = DataIntegrityProofs.verify(simple, VerifyOptions.credential(NOW), keyInFragment);

        assertTrue(offline.notCheckable(), () -> "not fetched, so not checkable: " + offline.allErrors());
        assertTrue(withKey.verified(), () -> "errors: " + withKey.allErrors());
    }

    @Test
    void shouldCheckAPresentationsChallengeAndDomain() {
        String holder = DidKey.verificationMethod(key.publicKey());
        JsonObject presentation = Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add(BundledContexts.CREDENTIALS_V2))
                .add("type", Json.createArrayBuilder().add("VerifiablePresentation"))
                .add("verifiableCredential", Json.createArrayBuilder().add(signed()))
                .build();
        JsonObject signedPresentation = DataIntegrityProofs.addProof(presentation,
                ProofOptions.authentication(holder, NOW, "c-123", "verifier.example.com"), key);
        VerificationMethodResolver didKey = VerificationMethodResolver.didKeyOnly();

        assertTrue(DataIntegrityProofs.verify(signedPresentation,
                VerifyOptions.presentation("c-123", "verifier.example.com", NOW), didKey).verified());
        assertEquals(ProofError.Code.INVALID_CHALLENGE_ERROR, DataIntegrityProofs.verify(signedPresentation,
                VerifyOptions.presentation("other", "verifier.example.com", NOW), didKey).allErrors().get(0).code());
        assertEquals(ProofError.Code.INVALID_DOMAIN_ERROR, DataIntegrityProofs.verify(signedPresentation,
                VerifyOptions.presentation("c-123", "elsewhere.example.com", NOW), didKey).allErrors().get(0).code());
        assertFalse(DataIntegrityProofs.verify(signedPresentation, VerifyOptions.credential(NOW), didKey).verified(),
                "an authentication proof is not an issuer's assertion");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no proofValue             | /proof/0/proofValue  |                                 | PROOF_VERIFICATION_ERROR",
            "proofValue not multibase  | /proof/0/proofValue  | 3bD9XsQ                         | PROOF_VERIFICATION_ERROR",
            "unknown cryptosuite       | /proof/0/cryptosuite | ecdsa-rdfc-2019                 | NOT_CHECKABLE",
            "unknown proof type        | /proof/0/type        | Ed25519Signature2020            | NOT_CHECKABLE",
            "created not a date        | /proof/0/created     | yesterday                       | PROOF_VERIFICATION_ERROR",
            "wrong purpose             | /proof/0/proofPurpose| authentication                  | PROOF_VERIFICATION_ERROR",
            "no verificationMethod     | /proof/0/verificationMethod |                          | PROOF_VERIFICATION_ERROR",
            "malformed did:key         | /proof/0/verificationMethod | did:key:invalidVm        | PROOF_VERIFICATION_ERROR"})
    void shouldRejectAMalformedProof(String what, String pointer, String value, ProofError.Code expected) {
        JsonObject malformed = value == null ? without(signed(), pointer) : with(signed(), pointer, value);
        VerificationMethodResolver resolver = ourDid.orElse(VerificationMethodResolver.didKeyOnly());

        ProofVerification result = DataIntegrityProofs.verify(malformed, VerifyOptions.credential(NOW),
                (method, purpose) -> method.startsWith("did:key") ? DidKey.resolve(method, purpose) : resolver.resolve(method, purpose));

        assertFalse(result.verified(), what);
        assertEquals(expected, result.allErrors().get(0).code(), what + ": " + result.allErrors());
    }

    @Test
    void shouldRejectADocumentWithoutAUsableProof() {
        JsonObject unsigned = json("certbadge-credential.json");

        assertEquals(ProofError.Code.PARSING_ERROR, DataIntegrityProofs.verify(unsigned, VerifyOptions.credential(NOW), ourDid)
                .errors().get(0).code(), "no proof");
        assertEquals(ProofError.Code.PARSING_ERROR, DataIntegrityProofs.verify(with(unsigned, "/proof", JsonObject.NULL),
                VerifyOptions.credential(NOW), ourDid).errors().get(0).code(), "proof null");
        assertEquals(ProofError.Code.PARSING_ERROR, DataIntegrityProofs.verify(Json.createValue("{}"),
                VerifyOptions.credential(NOW), ourDid).errors().get(0).code(), "not a JSON object");
    }
}
