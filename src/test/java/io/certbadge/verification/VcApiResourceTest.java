package io.certbadge.verification;

import io.certbadge.signing.dataintegrity.DataIntegrityProofs;
import io.certbadge.signing.dataintegrity.DidKey;
import io.certbadge.signing.dataintegrity.Ed25519Key;
import io.certbadge.signing.dataintegrity.JsonP;
import io.certbadge.signing.dataintegrity.ProofOptions;
import io.certbadge.support.DidDocuments;
import io.certbadge.support.Issuing;
import io.certbadge.support.Records;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

/**
 * The VC-API verifier endpoints of the contract: 200 with the checks that ran when everything
 * verifies, 422 problem+json with {@code verified: false} and every error otherwise.
 */
@QuarkusTest
class VcApiResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String SECURITY = "https://w3id.org/security#";

    private ValidatableResponse verifyCredential(Object credential) {
        String body = Json.createObjectBuilder().add("verifiableCredential", credential instanceof JsonObject o ? o
                : Json.createValue((String) credential)).add("options", JsonObject.EMPTY_JSON_OBJECT).build().toString();
        return given().contentType("application/json").body(body).when().post("/credentials/verify").then();
    }

    private ValidatableResponse verifyPresentation(JsonObject presentation, String challenge, String domain) {
        String body = Json.createObjectBuilder().add("verifiablePresentation", presentation)
                .add("options", Json.createObjectBuilder().add("challenge", challenge).add("domain", domain)).build().toString();
        return given().contentType("application/json").body(body).when().post("/presentations/verify").then();
    }

    private static JsonObject ours() {
        return JsonP.object(given().get("/credentials/" + Issuing.issue(Records.valid())).then().extract().asString());
    }

    @Test
    void shouldVerifyOneOfOurCredentialsWithTheChecksOfVerify() {
        verifyCredential(ours()).statusCode(200).contentType("application/json")
                .body("verified", equalTo(true))
                .body("checks", hasItems("proof", "issuer", "schema", "status", "expiry"))
                .body("errors", equalTo(List.of()));
    }

    @Test
    void shouldAnswerATamperedCredentialWith422AndItsErrors() {
        JsonObject tampered = Json.createObjectBuilder(ours()).add("name", "Something else").build();

        verifyCredential(tampered).statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:certbadge:problem:not-verified"))
                .body("status", equalTo(422))
                .body("verified", equalTo(false))
                .body("errors[0].type", equalTo("urn:certbadge:verification:signature"))
                .body("errors[0].message", startsWith("the Data Integrity proof (eddsa-rdfc-2022) does not verify"));
    }

    @Test
    void shouldVerifyOurVcJwtEnvelopedOrBare() {
        String jwt = given().get("/credentials/" + Issuing.issue(Records.valid()) + "/jwt").then().extract().asString();
        JsonObject enveloped = Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add("https://www.w3.org/ns/credentials/v2"))
                .add("id", "data:application/vc+jwt," + jwt).add("type", "EnvelopedVerifiableCredential").build();

        verifyCredential(enveloped).statusCode(200).body("verified", equalTo(true));
        verifyCredential(jwt).statusCode(200).body("verified", equalTo(true));
    }

    @Test
    void shouldVerifyAForeignDidKeyCredentialOffline() {
        JsonObject foreign = DidDocuments.signedByDidKey(ours().toString(), DidDocuments.foreignKey());

        verifyCredential(foreign).statusCode(200)
                .body("verified", equalTo(true))
                .body("checks", equalTo(List.of("proof", "issuer", "validity")))
                .body("warnings[0].message", containsString("status was not checked"));
    }

    @Test
    void shouldRefuseAForeignCredentialWithAnUndefinedTermAsDataLoss() {
        JsonObject foreign = DidDocuments.signedByDidKey(ours().toString(), DidDocuments.foreignKey());
        JsonObject added = Json.createObjectBuilder(foreign).add("credentialSubject",
                Json.createObjectBuilder(foreign.getJsonObject("credentialSubject")).add("undefinedTerm", "x")).build();

        verifyCredential(added).statusCode(422).contentType(PROBLEM)
                .body("errors.type", hasItem(SECURITY + "DATA_LOSS_DETECTION_ERROR"));
    }

    @Test
    void shouldRefuseWhatIsNoCredentialWith422() {
        verifyCredential("{\"not\": \"a credential\"}").statusCode(422).contentType(PROBLEM)
                .body("verified", equalTo(false))
                .body("errors[0].type", equalTo("https://www.w3.org/TR/vc-data-model#PARSING_ERROR"));
        given().contentType("application/json").body("{\"verifiableCredential\": ").when().post("/credentials/verify")
                .then().statusCode(422).contentType(PROBLEM).body("verified", equalTo(false));
    }

    @Test
    void shouldVerifyAPresentationItsChallengeDomainAndEveryCredentialInIt() {
        Ed25519Key holder = DidDocuments.foreignKey();
        JsonObject presentation = Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add("https://www.w3.org/ns/credentials/v2"))
                .add("type", Json.createArrayBuilder().add("VerifiablePresentation"))
                .add("holder", DidKey.did(holder.publicKey()))
                .add("verifiableCredential", Json.createArrayBuilder().add(ours())).build();
        JsonObject signed = DataIntegrityProofs.addProof(presentation, ProofOptions.authentication(
                DidKey.verificationMethod(holder.publicKey()), Instant.now(), "c-42", "employer.example.com"), holder);

        verifyPresentation(signed, "c-42", "employer.example.com").statusCode(200)
                .body("verified", equalTo(true))
                .body("checks", equalTo(List.of("proof", "verifiableCredential")));
        verifyPresentation(signed, "replayed", "employer.example.com").statusCode(422).contentType(PROBLEM)
                .body("errors[0].type", equalTo(SECURITY + "INVALID_CHALLENGE_ERROR"));

        JsonObject tamperedCredential = Json.createObjectBuilder(ours()).add("name", "Something else").build();
        JsonObject withTampered = DataIntegrityProofs.addProof(Json.createObjectBuilder(presentation)
                .add("verifiableCredential", Json.createArrayBuilder().add(tamperedCredential)).build(),
                ProofOptions.authentication(DidKey.verificationMethod(holder.publicKey()), Instant.now(),
                        "c-43", "employer.example.com"), holder);
        verifyPresentation(withTampered, "c-43", "employer.example.com").statusCode(422)
                .body("errors[0].message", startsWith("verifiableCredential[0]: the Data Integrity proof"));
    }
}
