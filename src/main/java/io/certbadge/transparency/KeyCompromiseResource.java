package io.certbadge.transparency;

import io.certbadge.common.Problem;
import io.certbadge.common.ProblemException;
import io.certbadge.common.ProblemType;
import io.certbadge.common.PublicUrls;
import io.certbadge.security.Caller;
import io.certbadge.security.RequiresScope;
import io.certbadge.security.Scope;
import io.certbadge.signing.KeyCompromise;
import io.certbadge.signing.KeyCompromises;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Clock;
import java.util.List;

/**
 * {@code POST /api/v1/keys/{keyId}/compromise} (scope admin): what an operator does when a signing
 * key has leaked. It lives with the log because the log is what makes it work: credentials the key
 * signed that were logged before {@code compromisedAt} stay valid, anything else it signed is not.
 */
@Path("/api/v1/keys/{keyId}/compromise")
public class KeyCompromiseResource {

    private final KeyCompromises compromises;
    private final TransparencyLog log;
    private final PublicUrls urls;
    private final Caller caller;
    private final Clock clock;

    public KeyCompromiseResource(KeyCompromises compromises, TransparencyLog log, PublicUrls urls, Caller caller,
                                 Clock clock) {
        this.compromises = compromises;
        this.log = log;
        this.urls = urls;
        this.caller = caller;
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresScope(Scope.ADMIN)
    public KeyCompromiseView report(@PathParam("keyId") String keyId, @Valid @NotNull KeyCompromiseRequest request) {
        if (request.compromisedAt().isAfter(clock.instant())) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "A compromise is reported once it has happened.",
                    List.of(new Problem.FieldError("compromisedAt", "must not be in the future")));
        }
        KeyCompromise compromise = compromises.report(keyId,
                new KeyCompromise.Report(request.compromisedAt(), request.reason().strip()), caller.apiKeyName());
        return new KeyCompromiseView(compromise.keyId(), urls.key(compromise.keyId()), compromise.compromisedAt(),
                compromise.reason(), log.sizeAt(compromise.compromisedAt()));
    }
}
