package io.certbadge.issuance;

import io.certbadge.credential.CredentialResponse;
import io.certbadge.security.Caller;
import io.certbadge.security.RequiresScope;
import io.certbadge.security.Scope;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;

/** {@code POST /api/v1/credentials}: the certification system's issue call. */
@Path("/api/v1/credentials")
public class IssuanceResource {

    private final IssuanceService issuance;
    private final Caller caller;

    public IssuanceResource(IssuanceService issuance, Caller caller) {
        this.issuance = issuance;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresScope(Scope.ISSUE)
    public RestResponse<CredentialResponse> issue(CertificationRecord record) {
        IssuanceService.Outcome outcome = issuance.issue(record, caller.apiKeyName());
        return RestResponse.ResponseBuilder.create(outcome.created() ? RestResponse.Status.CREATED : RestResponse.Status.OK,
                        outcome.credential())
                .header(HttpHeaders.LOCATION, "/api/v1/credentials/" + outcome.credential().id())
                .build();
    }
}
