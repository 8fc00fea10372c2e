package io.certbadge.web;

import io.certbadge.achievement.Achievement;
import io.certbadge.achievement.AchievementService;
import io.certbadge.common.CertbadgeConfig;
import io.certbadge.common.PublicUrls;
import io.certbadge.openbadges.OpenBadgeJson;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Optional;

/**
 * {@code GET /achievements/{slug}}: the Open Badges Achievement (badge class) as JSON, or its page
 * for a browser. This URL is the Achievement's id, which verifiers fetch, often with a bare
 * {@code *}{@code /*}, so JSON stays the default and only an explicit preference for HTML gets the page.
 */
@Path("/achievements/{slug}")
public class PublicAchievementResource {

    private static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";

    private final AchievementService achievements;
    private final OpenBadgeJson openBadges;
    private final PublicUrls urls;
    private final CertbadgeConfig.Issuer issuer;

    public PublicAchievementResource(AchievementService achievements, OpenBadgeJson openBadges, PublicUrls urls,
                                     CertbadgeConfig config) {
        this.achievements = achievements;
        this.openBadges = openBadges;
        this.urls = urls;
        this.issuer = config.issuer();
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "application/ld+json", MediaType.TEXT_HTML})
    public Response achievement(@PathParam("slug") String slug, @Context HttpHeaders headers) {
        Response.ResponseBuilder response;
        if (Negotiation.wantsHtml(headers, false)) {
            Optional<Achievement> found = achievements.find(slug);
            response = found.map(a -> Response.ok(Pages.achievement(page(a), issuer.name()).render(), HTML))
                    .orElseGet(() -> Response.status(404).type(HTML)
                            .entity(Pages.missing(NotFound.ACHIEVEMENT, issuer.name()).render()));
        } else {
            response = Response.ok(openBadges.achievementDocument(achievements.get(slug).definition()), MediaType.APPLICATION_JSON);
        }
        return response.header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }

    private AchievementPageView page(Achievement a) {
        return new AchievementPageView(a.name, a.description, a.criteriaSteps(),
                a.assessmentAvailable, Achievement.format(a.minObservationAverage), Achievement.format(a.minSurveyAverage),
                a.validityMonths, urls.achievementImage(a.slug), urls.achievement(a.slug), issuer.name(), issuer.url());
    }
}
