package io.certbadge.support;

import com.apicatalog.base.Base58;
import io.certbadge.signing.dataintegrity.DataIntegrityProofs;
import io.certbadge.signing.dataintegrity.DidKey;
import io.certbadge.signing.dataintegrity.Ed25519Key;
import io.certbadge.signing.dataintegrity.JsonP;
import io.certbadge.signing.dataintegrity.ProofOptions;
import io.restassured.path.json.JsonPath;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Data Integrity from the outside: keys read from the served DID document, foreign did:key signers. */
public final class DidDocuments {

    private DidDocuments() {
    }

    /** The raw Ed25519 key of a verification method, read from /.well-known/did.json as a wallet would. */
    public static byte[] publishedKey(String verificationMethod) {
        JsonPath document = given().when().get("/.well-known/did.json").then().statusCode(200).extract().jsonPath();
        Map<String, Object> method = document.getMap("verificationMethod.find { it.id == '" + verificationMethod + "' }");
        if (method == null || !"Multikey".equals(method.get("type"))) {
            throw new AssertionError("the DID document has no Multikey " + verificationMethod + ": " + document.prettify());
        }
        byte[] decoded = Base58.decode(((String) method.get("publicKeyMultibase")).substring(1));
        return Arrays.copyOfRange(decoded, 2, decoded.length);
    }

    /** A signer that is not this service: a fresh Ed25519 key, known by its did:key. */
    public static Ed25519Key foreignKey() {
        return Ed25519Key.of(new Ed25519PrivateKeyParameters(new SecureRandom()), false);
    }

    /** {@code credential} with its issuer set to the key's did:key and signed by that key. */
    public static JsonObject signedByDidKey(String credentialJson, Ed25519Key key) {
        JsonObject credential = JsonP.object(credentialJson);
        JsonObject issuer = Json.createObjectBuilder(credential.getJsonObject("issuer")).add("id", DidKey.did(key.publicKey())).build();
        credential = Json.createObjectBuilder(credential).add("issuer", issuer).remove("proof").build();
        return DataIntegrityProofs.addProof(credential,
                ProofOptions.assertion(DidKey.verificationMethod(key.publicKey()), Instant.now()), key);
    }
}
