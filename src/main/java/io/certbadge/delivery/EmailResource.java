package io.certbadge.delivery;

import io.certbadge.security.RequiresScope;
import io.certbadge.security.Scope;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;

/** {@code POST /api/v1/credentials/{id}/email}: send the earner's issue mail again (202: it is in the outbox). */
@Path("/api/v1/credentials/{id}/email")
public class EmailResource {

    private final EarnerMail mail;

    public EmailResource(EarnerMail mail) {
        this.mail = mail;
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresScope(Scope.ISSUE)
    public RestResponse<EarnerMail.Queued> resend(@PathParam("id") String id) {
        return RestResponse.accepted(mail.resend(id));
    }
}
