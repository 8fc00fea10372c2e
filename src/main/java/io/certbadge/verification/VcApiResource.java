package io.certbadge.verification;

import io.certbadge.common.Problem;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * {@code POST /credentials/verify}, the W3C VC-API credential verifier, for wallets, verifier apps
 * and the W3C test suites: 200 when everything verifies, 422 problem+json with {@code verified:
 * false} and the errors otherwise. Its own root path, so that {@code /credentials/{id}} does not
 * shadow it. Like {@code POST /verify}, public and costly (canonicalisation): {@link #PATHS} are
 * the routes to put in the same rate-limit bucket.
 */
@Path("/credentials/verify")
public class VcApiResource {

    /** The VC-API routes, for whatever limits expensive public work. */
    public static final List<String> PATHS = List.of("/credentials/verify", "/presentations/verify");

    private final VcApiVerifier verifier;

    public VcApiResource(VcApiVerifier verifier) {
        this.verifier = verifier;
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, "application/ld+json"})
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    public Response verifyCredential(byte[] body) {
        return respond(verifier.verifyCredential(body));
    }

    /** {@code POST /presentations/verify}: the presentation's own proof, then every credential in it. */
    @Path("/presentations/verify")
    public static class Presentations {

        private final VcApiVerifier verifier;

        public Presentations(VcApiVerifier verifier) {
            this.verifier = verifier;
        }

        @POST
        @Consumes({MediaType.APPLICATION_JSON, "application/ld+json"})
        @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
        public Response verifyPresentation(byte[] body) {
            return respond(verifier.verifyPresentation(body));
        }
    }

    static Response respond(VcApiAnswer answer) {
        return answer.verified()
                ? Response.ok(answer, MediaType.APPLICATION_JSON_TYPE).build()
                : Response.status(answer.status()).type(Problem.MEDIA_TYPE).entity(answer).build();
    }
}
