package io.certbadge.web;

import io.certbadge.achievement.AchievementService;
import io.certbadge.common.CertbadgeConfig;
import io.certbadge.common.PublicUrls;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code GET /}: the start page for people who arrive at the bare address. */
@Path("/")
public class StartPageResource {

    private final AchievementService achievements;
    private final PublicUrls urls;
    private final CertbadgeConfig.Issuer issuer;

    public StartPageResource(AchievementService achievements, PublicUrls urls, CertbadgeConfig config) {
        this.achievements = achievements;
        this.urls = urls;
        this.issuer = config.issuer();
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response start() {
        StartPageView page = new StartPageView(issuer.name(), issuer.description(), issuer.url(),
                achievements.catalog().stream()
                        .map(a -> new StartPageView.Certification(a.name(), a.description(), urls.achievement(a.slug()),
                                urls.achievementImage(a.slug()), a.validityMonths()))
                        .toList());
        return Response.ok(Pages.start(page, issuer.name()).render(), MediaType.TEXT_HTML + ";charset=UTF-8").build();
    }
}
