package io.certbadge.status;

import io.certbadge.common.ProblemException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /status/{listId}}: the revocation list as a VC-JWT (the default), or its JSON for a
 * client that asks for {@code application/json}. Short cache life, so a revocation shows quickly.
 */
@Path("/status/{listId}")
public class StatusListResource {

    public static final String VC_JWT = "application/vc+jwt";
    private static final String CACHE = "public, max-age=60, must-revalidate";

    private final StatusListService statusLists;

    public StatusListResource(StatusListService statusLists) {
        this.statusLists = statusLists;
    }

    @GET
    @Produces({VC_JWT, "application/jwt", MediaType.TEXT_PLAIN})
    public Response jwt(@PathParam("listId") String listId, Request request) {
        StatusListService.PublishedStatusList list = find(listId);
        return conditional(request, list, list.compactJwt(), VC_JWT);
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "application/vc+ld+json", "application/vc"})
    public Response json(@PathParam("listId") String listId, Request request) {
        StatusListService.PublishedStatusList list = find(listId);
        return conditional(request, list, list.credential(), MediaType.APPLICATION_JSON);
    }

    private StatusListService.PublishedStatusList find(String listId) {
        return statusLists.published(listId).orElseThrow(() -> ProblemException.notFound("No status list has this id."));
    }

    private static Response conditional(Request request, StatusListService.PublishedStatusList list, Object body,
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
