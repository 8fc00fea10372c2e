package io.certbadge.signing;

import com.nimbusds.jose.jwk.JWK;
import io.certbadge.common.ProblemException;
import io.certbadge.openbadges.DidWebDocument;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/** The published verification keys: one JWK per {@code kid}, the JWK Set, and the did:web document. */
@Path("/")
public class KeysResource {

    private static final String JWK_JSON = "application/jwk+json";
    private static final String JWK_SET_JSON = "application/jwk-set+json";
    private static final String CACHE = "public, max-age=300";

    private final KeyRegistry keys;
    private final DidWebDocument didDocument;

    public KeysResource(KeyRegistry keys, DidWebDocument didDocument) {
        this.keys = keys;
        this.didDocument = didDocument;
    }

    @GET
    @Path("keys/{keyId}")
    @Produces({JWK_JSON, "application/json"})
    public Response key(@PathParam("keyId") String keyId) {
        JWK jwk = keys.servedKey(keyId).orElseThrow(() -> ProblemException.notFound("No published key has this id."));
        return Response.ok(jwk.toJSONObject()).header("Cache-Control", CACHE).build();
    }

    @GET
    @Path(".well-known/jwks.json")
    @Produces({JWK_SET_JSON, "application/json"})
    public Response keySet() {
        return Response.ok(keys.publishedKeySet().toJSONObject(true)).header("Cache-Control", CACHE).build();
    }

    @GET
    @Path(".well-known/did.json")
    @Produces({"application/did+json", "application/json"})
    public Response didDocument() {
        return Response.ok(didDocument.document(keys.publishedKeys().stream()
                .map(key -> new DidWebDocument.VerificationKey(key.keyId, keys.toPublishedJwk(key).toJSONObject(),
                        key.compromisedAt))
                .toList())).header("Cache-Control", CACHE).build();
    }
}
