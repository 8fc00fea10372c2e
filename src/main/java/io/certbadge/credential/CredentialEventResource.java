package io.certbadge.credential;

import io.certbadge.audit.AuditTrail;
import io.certbadge.audit.CredentialEventView;
import io.certbadge.security.RequiresScope;
import io.certbadge.security.Scope;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** {@code GET /api/v1/credentials/{id}/events}: what happened to one credential, oldest first. */
@Path("/api/v1/credentials/{id}/events")
public class CredentialEventResource {

    private final CredentialService credentials;
    private final AuditTrail audit;

    public CredentialEventResource(CredentialService credentials, AuditTrail audit) {
        this.credentials = credentials;
        this.audit = audit;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresScope(Scope.READ)
    public List<CredentialEventView> events(@PathParam("id") String id) {
        return audit.of(credentials.get(id).publicId);
    }
}
