package io.certbadge.status;

import io.certbadge.common.ProblemException;
import io.certbadge.signing.VcJwtSigner;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * {@code GET /status/{listId}}: the revocation list as a VC-JWT (the default), or its JSON for a
 * client that asks for {@code application/json}. Short cache life, so a revocation shows quickly.
 */
@Path("/status/{listId}")
public class StatusListResource {

    public static final String VC_JWT = VcJwtSigner.MEDIA_TYPE;
    private static final String CACHE = "public, max-age=60, must-revalidate";

    private final StatusListService statusLists;

    public StatusListResource(StatusListService statusLists) {
        this.statusLists = statusLists;
    }

    /** What the list is served as, by the client's preference; a wildcard gets the signed VC-JWT. */
    private static final List<MediaType> AS_JWT = List.of(
            MediaType.valueOf(VC_JWT), MediaType.valueOf("application/jwt"), MediaType.TEXT_PLAIN_TYPE);
    private static final List<MediaType> AS_JSON = List.of(MediaType.APPLICATION_JSON_TYPE,
            MediaType.valueOf("application/vc+ld+json"), MediaType.valueOf("application/vc"));

    /**
     * One method, negotiated here: with two JAX-RS methods {@code *}{@code /*} (what most HTTP
     * clients send) was answered with the unsigned JSON, and a verifier expects the VC-JWT.
     */
    @GET
    public Response list(@PathParam("listId") String listId, @Context HttpHeaders headers, @Context Request request) {
        boolean json = wantsJson(acceptable(headers));
        PublishedStatusList list = find(listId);
        return json ? conditional(request, list, list.credential(), MediaType.APPLICATION_JSON)
                : conditional(request, list, list.compactJwt(), VC_JWT);
    }

    /** A malformed Accept header is no acceptable type at all: 406, like every other endpoint. */
    private static List<MediaType> acceptable(HttpHeaders headers) {
        try {
            return headers.getAcceptableMediaTypes();
        } catch (IllegalArgumentException e) {
            throw new NotAcceptableException();
        }
    }

    /** The first acceptable type (highest q first) that we serve decides. */
    static boolean wantsJson(List<MediaType> acceptable) {
        for (MediaType type : acceptable) {
            if (AS_JWT.stream().anyMatch(type::isCompatible)) {
                return false;
            }
            if (AS_JSON.stream().anyMatch(type::isCompatible)) {
                return true;
            }
        }
        throw new NotAcceptableException();
    }

    private PublishedStatusList find(String listId) {
        return statusLists.published(listId).orElseThrow(() -> ProblemException.notFound("No status list has this id."));
    }

    private static Response conditional(Request request, PublishedStatusList list, Object body,
                                        String type) {
        EntityTag tag = new EntityTag(list.etag() + (type.equals(VC_JWT) ? "-jwt" : "-json"));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.header(HttpHeaders.CACHE_CONTROL, CACHE).build();
        }
        return Response.ok(body, type).tag(tag).header(HttpHeaders.CACHE_CONTROL, CACHE)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }
}
