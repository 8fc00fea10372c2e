package io.certbadge.achievement;

import io.certbadge.media.ImageResponses;
import io.certbadge.media.ServedImage;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

/** {@code GET /achievements/{slug}/image.png} and {@code image.svg}: the achievement's badge artwork. */
@Path("/achievements/{slug}")
public class AchievementImageResource {

    private final AchievementArtwork artwork;

    public AchievementImageResource(AchievementArtwork artwork) {
        this.artwork = artwork;
    }

    @GET
    @Path("image.png")
    @Produces(ServedImage.PNG)
    public Response png(@PathParam("slug") String slug, @Context Request request) {
        return ImageResponses.respond(request, artwork.png(slug), fileName(slug) + ".png");
    }

    @GET
    @Path("image.svg")
    @Produces(ServedImage.SVG)
    public Response svg(@PathParam("slug") String slug, @Context Request request) {
        return ImageResponses.respond(request, artwork.svg(slug), fileName(slug) + ".svg");
    }

    /** The slug is one of ours by now: an unknown one has already answered 404. */
    private static String fileName(String slug) {
        return "certified-trainer-" + slug;
    }
}
