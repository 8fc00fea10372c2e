package io.certbadge.verification;

import io.certbadge.common.ProblemException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /verify/{id}} as JSON: the verification report of one of our credentials. */
@Path("/verify")
public class VerifyResource {

    private final Verifier verifier;

    public VerifyResource(Verifier verifier) {
        this.verifier = verifier;
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public VerificationReport report(@PathParam("id") String id) {
        return verifier.verifyStored(id).orElseThrow(() -> ProblemException.notFound("No credential has this id."));
    }
}
