package io.certbadge.issuer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.certbadge.openbadges.OpenBadgeJson;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /issuer}: the issuer Profile every credential names. */
@Path("/issuer")
public class IssuerResource {

    private final OpenBadgeJson openBadges;

    public IssuerResource(OpenBadgeJson openBadges) {
        this.openBadges = openBadges;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "application/ld+json"})
    public ObjectNode profile() {
        return openBadges.issuerDocument();
    }
}
