package io.certbadge.signing;

import com.nimbusds.jose.jwk.JWK;
import io.certbadge.common.ProblemException;
import io.certbadge.common.PublicUrls;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The published verification keys: one JWK per {@code kid}, the JWK Set, and the did:web document. */
@Path("/")
public class KeysResource {

    private static final String JWK_JSON = "application/jwk+json";
    private static final String JWK_SET_JSON = "application/jwk-set+json";
    private static final String CACHE = "public, max-age=300";

    private final SigningKeyService keys;
    private final PublicUrls urls;

    public KeysResource(SigningKeyService keys, PublicUrls urls) {
        this.keys = keys;
        this.urls = urls;
    }

    @GET
    @Path("keys/{keyId}")
    @Produces({JWK_JSON, "application/json"})
    public Response key(@PathParam("keyId") String keyId) {
        JWK jwk = keys.publishedKey(keyId).orElseThrow(() -> ProblemException.notFound("No published key has this id."));
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
        String did = didWeb();
        List<Map<String, Object>> methods = keys.publishedKeys().stream().map(key -> {
            Map<String, Object> method = new LinkedHashMap<>();
            method.put("id", did + "#" + key.keyId);
            method.put("type", "JsonWebKey2020");
            method.put("controller", did);
            method.put("publicKeyJwk", keys.toPublishedJwk(key).toJSONObject());
            return method;
        }).toList();
        List<String> references = methods.stream().map(m -> (String) m.get("id")).toList();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("@context", List.of("https://www.w3.org/ns/did/v1", "https://w3id.org/security/suites/jws-2020/v1"));
        document.put("id", did);
        document.put("alsoKnownAs", List.of(urls.issuer()));
        document.put("verificationMethod", methods);
        document.put("assertionMethod", references);
        document.put("authentication", references);
        return Response.ok(document).header("Cache-Control", CACHE).build();
    }

    /** did:web of the base URL's host (a port is percent-encoded, as did:web requires). */
    private String didWeb() {
        URI base = URI.create(urls.base());
        String host = base.getHost() + (base.getPort() > 0 ? "%3A" + base.getPort() : "");
        String path = base.getPath() == null || base.getPath().isEmpty() ? "" : base.getPath().replace('/', ':');
        return "did:web:" + host + path;
    }
}
