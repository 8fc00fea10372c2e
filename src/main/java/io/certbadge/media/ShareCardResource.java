package io.certbadge.media;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /credentials/{id}/share.png}: the link-preview card that Open Graph tags point at,
 * drawn for the credential's current state (valid, revoked, expired).
 */
@Path("/credentials/{id}")
public class ShareCardResource {

    private final ShareCardCache cards;
    private final DrawingLookup lookup;

    public ShareCardResource(ShareCardCache cards, DrawingLookup lookup) {
        this.cards = cards;
        this.lookup = lookup;
    }

    @GET
    @Path("share.png")
    @Produces("image/png")
    public Response png(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return ImageResponses.respond(ifNoneMatch, cards.png(id, lookup.cardState(id)),
                "certified-trainer-" + id + "-share.png");
    }
}
