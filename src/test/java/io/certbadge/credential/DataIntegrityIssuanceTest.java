package io.certbadge.credential;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JWSObject;
import io.certbadge.signing.DataIntegritySigner;
import io.certbadge.signing.VcJwtSigner;
import io.certbadge.signing.dataintegrity.DataIntegrityException;
import io.certbadge.signing.dataintegrity.IndependentVerifier;
import io.certbadge.signing.dataintegrity.JsonP;
import io.certbadge.signing.dataintegrity.ProofError;
import io.certbadge.support.DidDocuments;
import io.certbadge.support.IssuerDid;
import io.certbadge.support.Issuing;
import io.certbadge.support.Records;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every new credential carries both proofs (contract "Its proofs"): the VC-JWT over the credential
 * without {@code proof}, and an embedded eddsa-rdfc-2022 Data Integrity proof that anyone can check
 * with the key of the issuer's did:web document; older credentials keep verifying as they are.
 */
@QuarkusTest
class DataIntegrityIssuanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "certbadge.public-base-url")
    String base;

    @Inject
    VcJwtSigner jwtSigner;

    @Inject
    DataIntegritySigner dataIntegritySigner;

    @Test
    void shouldIssueWithADidWebIssuerThreeContextsAndOneDataIntegrityProof() {
        JsonPath answer = JsonPath.from(Issuing.post(Records.valid()).statusCode(201).extract().asString());
        String did = IssuerDid.of(base);

        assertEquals(did, answer.getString("credential.issuer.id"));
        assertEquals(List.of("https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
                "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json"), answer.getList("credential['@context']"));
        List<Map<String, Object>> proofs = answer.getList("credential.proof");
        assertEquals(1, proofs.size(), "proof is an array of one");
        Map<String, Object> proof = proofs.get(0);
        assertEquals("DataIntegrityProof", proof.get("type"));
        assertEquals("eddsa-rdfc-2022", proof.get("cryptosuite"));
        assertEquals("assertionMethod", proof.get("proofPurpose"));
        assertTrue(((String) proof.get("verificationMethod")).startsWith(did + "#"), proof.toString());
        assertEquals(answer.getString("issuedAt"), proof.get("created"));
        assertTrue(((String) proof.get("proofValue")).startsWith("z"), proof.toString());
    }

    @Test
    void shouldServeTheSameJsonAsTheApiAndSignTheJwtOverItWithoutTheProof() throws Exception {
        String answer = Issuing.post(Records.valid()).statusCode(201).extract().asString();
        ObjectNode credential = (ObjectNode) JSON.readTree(answer).get("credential");
        String id = JSON.readTree(answer).get("id").asText();

        ObjectNode served = (ObjectNode) JSON.readTree(given().get("/credentials/" + id).then().statusCode(200).extract().asString());
        assertEquals(credential, served, "GET /credentials/{id} is the API's credential, proof included");

        ObjectNode payload = (ObjectNode) JSON.readTree(JWSObject.parse(answer.replaceAll("(?s).*\"credentialJwt\":\"([^\"]+)\".*", "$1"))
                .getPayload().toString());
        assertFalse(payload.has("proof"), "the VC-JWT signs the credential without its proof");
        ObjectNode withoutProof = credential.deepCopy();
        withoutProof.remove("proof");
        for (String claim : List.of("iss", "jti", "sub", "nbf", "exp", "iat")) {
            payload.remove(claim);
        }
        assertEquals(withoutProof, payload);
    }

    @Test
    void shouldVerifyWithTheKeyOfTheDidDocumentOnIndependentCode() {
        String id = Issuing.issue(Records.valid());
        JsonObject credential = JsonP.object(given().get("/credentials/" + id).then().extract().asString());
        String method = credential.getJsonArray("proof").getJsonObject(0).getString("verificationMethod");

        byte[] published = DidDocuments.publishedKey(method);

        assertTrue(IndependentVerifier.verifies(credential, published),
                "vc-di-eddsa §3.2.2 on code independent of the service, with the key from /.well-known/did.json");
        JsonObject tampered = jakarta.json.Json.createObjectBuilder(credential).add("name", "Something else").build();
        assertFalse(IndependentVerifier.verifies(tampered, published));
    }

    @Test
    void shouldRefuseToSignAPropertyTheContextsDoNotDefine() throws Exception {
        String id = Issuing.issue(Records.valid());
        ObjectNode credential = (ObjectNode) JSON.readTree(given().get("/credentials/" + id).then().extract().asString());
        credential.remove("proof");
        ((ObjectNode) credential.get("credentialSubject")).put("favouriteColour", "green");

        DataIntegrityException refused = assertThrows(DataIntegrityException.class,
                () -> dataIntegritySigner.sign(credential, Instant.now()));

        assertEquals(ProofError.Code.DATA_LOSS_DETECTION_ERROR, refused.error().code());
        assertTrue(refused.getMessage().contains("favouriteColour"), refused.getMessage());
    }

    @Test
    void shouldCheckTheSignatureOfADidKeySignedForeignCredential() {
        String id = Issuing.issue(Records.valid());
        JsonObject foreign = DidDocuments.signedByDidKey(given().get("/credentials/" + id).then().extract().asString(),
                DidDocuments.foreignKey());

        given().contentType("application/json").body(foreign.toString()).when().post("/verify").then().statusCode(200)
                .body("status", equalTo("INVALID"))
                .body("checks[0].check", equalTo("signature"))
                .body("checks[0].passed", equalTo(true))
                .body("checks[0].detail", startsWith("the Data Integrity proof (eddsa-rdfc-2022), key did:key:z6Mk"))
                .body("checks[1].check", equalTo("issuer"))
                .body("checks[1].passed", equalTo(false));
        JsonObject tampered = jakarta.json.Json.createObjectBuilder(foreign).add("name", "Something else").build();
        given().contentType("application/json").body(tampered.toString()).when().post("/verify").then().statusCode(200)
                .body("checks[0].passed", equalTo(false))
                .body("checks[0].detail", startsWith("the Data Integrity proof (eddsa-rdfc-2022) does not verify"));
    }

    @Test
    void shouldStillVerifyACredentialIssuedBeforeTheDidWithItsOldIssuerAndTwoContexts() throws Exception {
        String id = Issuing.issue(Records.valid());
        ObjectNode old = (ObjectNode) JSON.readTree(given().get("/credentials/" + id).then().extract().asString());
        old.remove("proof");
        old.putArray("@context").add("https://www.w3.org/ns/credentials/v2")
                .add("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
        ((ObjectNode) old.get("issuer")).put("id", base + "/issuer");
        String oldJwt = jwtSigner.sign(old, Instant.parse(old.get("validFrom").asText())).value();

        given().contentType("application/vc+jwt").body(oldJwt.getBytes(java.nio.charset.StandardCharsets.UTF_8)).when().post("/verify").then().statusCode(200)
                .body("status", equalTo("VALID"))
                .body("credential.issuer.id", equalTo(base + "/issuer"));
    }
}
