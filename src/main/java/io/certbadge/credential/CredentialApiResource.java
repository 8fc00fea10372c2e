package io.certbadge.credential;

import io.certbadge.common.ProblemException;
import io.certbadge.common.ProblemType;
import io.certbadge.security.RequiresScope;
import io.certbadge.security.Scope;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.Locale;

/** Reading what was issued: {@code GET /api/v1/credentials/{id}} and the search. */
@Path("/api/v1/credentials")
@Produces(MediaType.APPLICATION_JSON)
public class CredentialApiResource {

    private static final int MAX_PAGE_SIZE = 100;
    /** page × size must stay an int offset, or the query fails with a 500. */
    private static final int MAX_PAGE = Integer.MAX_VALUE / MAX_PAGE_SIZE;

    private final CredentialService credentials;

    public CredentialApiResource(CredentialService credentials) {
        this.credentials = credentials;
    }

    @GET
    @Path("{id}")
    @RequiresScope(Scope.READ)
    public CredentialDetailView get(@PathParam("id") String id) {
        return credentials.detail(id);
    }

    @GET
    @RequiresScope(Scope.READ)
    public CredentialPage search(@QueryParam("email") String email, @QueryParam("achievement") String achievement,
                                 @QueryParam("status") String status,
                                 @QueryParam("page") @DefaultValue("0") String page,
                                 @QueryParam("size") @DefaultValue("20") String size) {
        return credentials.search(new CredentialSearch(text("email", email), text("achievement", achievement), status(status),
                number("page", page, 0, MAX_PAGE), number("size", size, 1, MAX_PAGE_SIZE)));
    }

    private static Credential.Status status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Credential.Status.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid("status", "must be ACTIVE, REVOKED or EXPIRED");
        }
    }

    private static int number(String name, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalid(name, "must be a whole number from " + min + (max == Integer.MAX_VALUE ? " up" : " to " + max));
    }

    private static ProblemException invalid(String field, String message) {
        return new ProblemException(ProblemType.MALFORMED_REQUEST, "Invalid search parameter '" + field + "': " + message + ".",
                java.util.List.of(new io.certbadge.common.Problem.FieldError(field, message)));
    }

    /** A filter of text: absent when blank; refused with a control character (PostgreSQL cannot even compare a NUL). */
    private static String text(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw invalid(name, "must not contain control characters");
        }
        return value.strip();
    }
}
