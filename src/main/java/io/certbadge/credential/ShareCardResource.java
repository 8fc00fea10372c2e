package io.certbadge.credential;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

/** {@code GET /credentials/{id}/share.png}: the link-preview card that Open Graph tags point at. */
@Path("/credentials/{id}")
public class ShareCardResource {

    /** The card never changes for a credential; a day keeps crawlers from asking for it on every share. */
    private static final String CACHE = "public, max-age=86400";

    private final ShareCards cards;

    public ShareCardResource(ShareCards cards) {
        this.cards = cards;
    }

    @GET
    @Path("share.png")
    @Produces("image/png")
    public Response png(@PathParam("id") String id, @Context Request request) {
        return CacheableImage.respond(request, cards.png(id), "image/png", CACHE);
    }
}
