package io.certbadge.media;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** {@code GET /credentials/{id}/badge.png} and {@code badge.svg}: the badge with the credential baked in. */
@Path("/credentials/{id}")
public class BadgeImageResource {

    private final BakedBadgeCache badges;

    public BadgeImageResource(BakedBadgeCache badges) {
        this.badges = badges;
    }

    @GET
    @Path("badge.png")
    @Produces(ServedImage.PNG)
    public Response png(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return respond(ifNoneMatch, badges.png(id));
    }

    @GET
    @Path("badge.svg")
    @Produces(ServedImage.SVG)
    public Response svg(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return respond(ifNoneMatch, badges.svg(id));
    }

    private static Response respond(String ifNoneMatch, BakedBadgeCache.BakedBadge badge) {
        return ImageResponses.respond(ifNoneMatch, badge.image(), badge.fileName());
    }
}
