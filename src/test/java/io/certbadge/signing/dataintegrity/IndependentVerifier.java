package io.certbadge.signing.dataintegrity;

import com.apicatalog.base.Base58;
import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * vc-di-eddsa §3.2.2 written out plainly, sharing no code with certbadge's signer or verifier: the
 * library's own toRdf (not certbadge's expansion), titanium-rdfc, SHA-256, Bouncy Castle's Ed25519
 * (certbadge verifies with the JDK's), base58 decoded without the multibase class. Only the bundled
 * contexts are common, as they must be. (Iron 0.14, the obvious library verifier, was tried and
 * dropped: its URDNA2015 labels blank nodes differently from RDFC-1.0 as jsonld.js computes it.)
 */
public final class IndependentVerifier {

    private IndependentVerifier() {
    }

    /** True if the document's first proof is an eddsa-rdfc-2022 signature by {@code publicKey} over it. */
    public static boolean verifies(JsonObject secured, byte[] publicKey) {
        try {
            JsonObject proof = secured.get("proof") instanceof JsonArray proofs ? proofs.getJsonObject(0)
                    : secured.getJsonObject("proof");
            JsonObjectBuilder document = Json.createObjectBuilder(secured);
            document.remove("proof");
            JsonObjectBuilder config = Json.createObjectBuilder(proof);
            config.remove("proofValue");
            config.add("@context", secured.get("@context"));
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] proofHash = sha256.digest(nquads(config.build()).getBytes(StandardCharsets.UTF_8));
            byte[] documentHash = sha256.digest(nquads(document.build()).getBytes(StandardCharsets.UTF_8));

            Ed25519Signer verifier = new Ed25519Signer();
            verifier.init(false, new Ed25519PublicKeyParameters(publicKey, 0));
            verifier.update(proofHash, 0, proofHash.length);
            verifier.update(documentHash, 0, documentHash.length);
            return verifier.verifySignature(Base58.decode(proof.getString("proofValue").substring(1)));
        } catch (Exception e) {
            return false;
        }
    }

    private static String nquads(JsonObject document) throws Exception {
        RdfCanon canon = RdfCanon.create("SHA-256");
        JsonLd.toRdf(JsonDocument.of(document)).loader(BundledContexts.instance()).provide(canon);
        StringWriter out = new StringWriter();
        canon.provide(new NQuadsWriter(out));
        return out.toString();
    }
}
