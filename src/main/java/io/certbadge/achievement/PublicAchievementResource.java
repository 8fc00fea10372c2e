package io.certbadge.achievement;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.certbadge.credential.OpenBadgeJson;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /achievements/{slug}}: the Open Badges Achievement (badge class) as JSON. */
@Path("/achievements/{slug}")
public class PublicAchievementResource {

    private final AchievementService achievements;
    private final OpenBadgeJson openBadges;

    public PublicAchievementResource(AchievementService achievements, OpenBadgeJson openBadges) {
        this.achievements = achievements;
        this.openBadges = openBadges;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "application/ld+json"})
    public ObjectNode achievement(@PathParam("slug") String slug) {
        return openBadges.achievementDocument(achievements.get(slug));
    }
}
