package io.certbadge.achievement;

import io.certbadge.security.RequiresScope;
import io.certbadge.security.Scope;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

@Path("/api/v1/achievements")
@Produces(MediaType.APPLICATION_JSON)
public class AchievementApiResource {

    private final AchievementService achievements;

    public AchievementApiResource(AchievementService achievements) {
        this.achievements = achievements;
    }

    @GET
    @RequiresScope(Scope.READ)
    public List<AchievementSummaryView> catalog() {
        return achievements.catalog();
    }
}
