package io.certbadge.media;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /favicon.ico}: browsers ask for it on every site whatever the page links to. The
 * issuer's logo as a PNG; every browser that asks for this path reads PNG in it.
 */
@Path("/favicon.ico")
public class FaviconResource {

    private final ServedImage icon;

    public FaviconResource(IssuerLogoRenderer logo) {
        this.icon = ServedImage.png(logo.png(IssuerLogoRenderer.ICON_SIZE));
    }

    @GET
    @Produces(ServedImage.PNG)
    public Response icon(@HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return ImageResponses.respond(ifNoneMatch, icon, "favicon.png");
    }
}
