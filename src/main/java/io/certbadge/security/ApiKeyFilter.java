package io.certbadge.security;

import io.certbadge.common.ProblemMapper;
import io.certbadge.common.ProblemType;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

import java.util.Optional;

/** Enforces {@link RequiresScope}: no key or a wrong key is 401, a key without the scope is 403. */
public class ApiKeyFilter {

    private static final String BEARER = "Bearer ";

    private final ApiKeys apiKeys;
    private final Caller caller;

    public ApiKeyFilter(ApiKeys apiKeys, Caller caller) {
        this.apiKeys = apiKeys;
        this.caller = caller;
    }

    @ServerRequestFilter
    public Optional<Response> authenticate(ContainerRequestContext request, SimpleResourceInfo resource) {
        Scope required = requiredScope(resource, request.getUriInfo().getPath());
        if (required == null) {
            return Optional.empty();
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || header.length() == BEARER.length()) {
            return Optional.of(unauthorized("Send an API key as 'Authorization: Bearer <key>'."));
        }
        Optional<ApiKeys.ApiKey> key = apiKeys.authenticate(header.substring(BEARER.length()).strip());
        if (key.isEmpty()) {
            return Optional.of(unauthorized("The API key is not valid."));
        }
        if (!key.get().allows(required)) {
            return Optional.of(ProblemMapper.respond(ProblemType.FORBIDDEN,
                    "This API key lacks the '" + required.value() + "' scope.", null));
        }
        caller.authenticatedAs(key.get().name());
        return Optional.empty();
    }

    /**
     * The scope the endpoint declares. Fails closed: an API endpoint that declares none (a forgotten
     * annotation) needs the {@code admin} scope rather than no key at all.
     */
    private static Scope requiredScope(SimpleResourceInfo resource, String path) {
        RequiresScope declared = null;
        if (resource != null && resource.getResourceClass() != null) {
            try {
                declared = resource.getResourceClass()
                        .getMethod(resource.getMethodName(), resource.parameterTypes())
                        .getAnnotation(RequiresScope.class);
            } catch (NoSuchMethodException e) {
                declared = null;
            }
        }
        if (declared != null) {
            return declared.value();
        }
        return path.startsWith("/api/") ? Scope.ADMIN : null;
    }

    private static Response unauthorized(String detail) {
        Response problem = ProblemMapper.respond(ProblemType.UNAUTHORIZED, detail, null);
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"certbadge\"").build();
    }
}
