package io.certbadge.issuance;

import io.certbadge.security.Caller;
import io.certbadge.security.RequiresScope;
import io.certbadge.security.Scope;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code POST /api/v1/credentials/batch}: up to 1,000 certification records in one call (a migration
 * from another badge provider, a day's completions). Always 200 once the body is a batch: each
 * record's own answer is in its result.
 */
@Path("/api/v1/credentials/batch")
public class BatchIssuanceResource {

    private final BatchIssuanceService batches;
    private final Caller caller;

    public BatchIssuanceResource(BatchIssuanceService batches, Caller caller) {
        this.batches = batches;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresScope(Scope.ISSUE)
    public BatchIssueResponse issue(BatchIssueRequest batch) {
        return batches.issue(batch, caller.apiKeyName());
    }
}
