package io.certbadge.media;

import io.certbadge.common.CertbadgeConfig;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /issuer/logo.svg} and {@code logo.png}: the issuer Profile's image unless
 * {@code certbadge.issuer.image-url} names another. Drawn once: nothing in it changes while running.
 */
@Path("/issuer")
public class IssuerLogoResource {

    private final ServedImage svg;
    private final ServedImage png;

    public IssuerLogoResource(IssuerLogoRenderer logo, CertbadgeConfig config) {
        this.svg = ServedImage.svg(logo.svg(config.issuer().name()));
        this.png = ServedImage.png(logo.png());
    }

    @GET
    @Path("logo.svg")
    @Produces(ServedImage.SVG)
    public Response svg(@HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return ImageResponses.respond(ifNoneMatch, svg, "issuer-logo.svg");
    }

    @GET
    @Path("logo.png")
    @Produces(ServedImage.PNG)
    public Response png(@HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return ImageResponses.respond(ifNoneMatch, png, "issuer-logo.png");
    }
}
