package io.certbadge.signing;

import com.nimbusds.jose.jwk.JWK;
import io.certbadge.common.ProblemException;
import io.certbadge.openbadges.DidWebDocument;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** The published verification keys: one JWK per {@code kid}, the JWK Set, and the did:web document. */
@Path("/")
public class KeysResource {

    private static final String JWK_JSON = "application/jwk+json";
    private static final String JWK_SET_JSON = "application/jwk-set+json";
    private static final String CACHE = "public, max-age=300";

    private final KeyRegistry keys;
    private final DataIntegrityKeys ed25519Keys;
    private final DidWebDocument didDocument;

    public KeysResource(KeyRegistry keys, DataIntegrityKeys ed25519Keys, DidWebDocument didDocument) {
        this.keys = keys;
        this.ed25519Keys = ed25519Keys;
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

    /**
     * did:web resolves {@code {base}/.well-known/did.json} for a base URL without a path and
     * {@code {base}/did.json} for one with a path; both are served, so either deployment resolves.
     */
    @GET
    @Path("{location: \\.well-known/did\\.json|did\\.json}")
    // Documented as its two real paths in META-INF/openapi.yaml; the pattern itself is no operation.
    @org.eclipse.microprofile.openapi.annotations.Operation(hidden = true)
    @Produces({"application/did+json", "application/json"})
    public Response didDocument() {
        List<DidWebDocument.JsonWebKey> jwks = keys.publishedKeys().stream()
                .map(key -> new DidWebDocument.JsonWebKey(key.keyId, keys.toPublishedJwk(key).toJSONObject(),
                        key.compromisedAt))
                .toList();
        List<DidWebDocument.Multikey> multikeys = ed25519Keys.published().stream()
                .map(key -> new DidWebDocument.Multikey(key.keyId, key.publicKeyMultibase))
                .toList();
        return Response.ok(didDocument.document(jwks, multikeys)).header("Cache-Control", CACHE).build();
    }
}
