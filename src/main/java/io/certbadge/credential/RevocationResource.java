package io.certbadge.credential;

import io.certbadge.security.Caller;
import io.certbadge.security.RequiresScope;
import io.certbadge.security.Scope;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code POST /api/v1/credentials/{id}/revocation}: answers 200 with the revocation (id, status,
 * revokedAt, reason), the first time and, unchanged, on every repeat.
 */
@Path("/api/v1/credentials/{id}/revocation")
public class RevocationResource {

    private final RevocationService revocations;
    private final Caller caller;

    public RevocationResource(RevocationService revocations, Caller caller) {
        this.revocations = revocations;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresScope(Scope.REVOKE)
    public RevocationView revoke(@PathParam("id") String id, RevocationRequest request) {
        return revocations.revoke(id, request, caller.apiKeyName());
    }
}
