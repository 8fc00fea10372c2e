package io.certbadge.media;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** {@code GET /achievements/{slug}/image.png} and {@code image.svg}: the achievement's badge artwork. */
@Path("/achievements/{slug}")
public class AchievementImageResource {

    private final BadgeArtworkCache artwork;

    public AchievementImageResource(BadgeArtworkCache artwork) {
        this.artwork = artwork;
    }

    @GET
    @Path("image.png")
    @Produces(ServedImage.PNG)
    public Response png(@PathParam("slug") String slug, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return ImageResponses.respond(ifNoneMatch, artwork.png(slug), fileName(slug) + ".png");
    }

    @GET
    @Path("image.svg")
    @Produces(ServedImage.SVG)
    public Response svg(@PathParam("slug") String slug, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return ImageResponses.respond(ifNoneMatch, artwork.svg(slug), fileName(slug) + ".svg");
    }

    /** The slug is one of ours by now: an unknown one has already answered 404. */
    private static String fileName(String slug) {
        return "certified-trainer-" + slug;
    }
}
