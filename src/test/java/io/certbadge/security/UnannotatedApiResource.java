package io.certbadge.security;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Test-only: an API endpoint whose author forgot {@link RequiresScope}. */
@Path("/api/v1/test-only/unannotated")
public class UnannotatedApiResource {

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String open() {
        return "reached";
    }
}
