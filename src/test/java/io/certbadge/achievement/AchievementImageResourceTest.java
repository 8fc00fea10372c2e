package io.certbadge.achievement;

import io.certbadge.support.ApiKeysForTests;
import io.certbadge.support.Images;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class AchievementImageResourceTest {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    /** Between the hexagon's edge and its ring, on the left side: pure badge colour. */
    private static final int FILL_X = 75;
    private static final int FILL_Y = 300;

    @ConfigProperty(name = "certbadge.public-base-url")
    String base;

    @Test
    void shouldServeTransparentPngArtworkOfAtLeast600Pixels() throws Exception {
        var response = Images.fetch("/achievements/gitlab-ci-cd/image.png", "image/png");
        BufferedImage image = Images.decode(response.asByteArray());

        assertTrue(image.getWidth() >= 600 && image.getHeight() >= 600, image.getWidth() + "x" + image.getHeight());
        assertEquals(image.getWidth(), image.getHeight(), "square");
        assertEquals(0, Images.alpha(image, 0, 0), "corner is transparent");
        assertEquals(255, Images.alpha(image, FILL_X, FILL_Y), "badge is opaque");
        assertEquals("inline; filename=\"certified-trainer-gitlab-ci-cd.png\"", response.header("Content-Disposition"));
    }

    @Test
    void shouldServeSvgArtworkThatParsesAndNamesTheCourse() throws Exception {
        var response = Images.fetch("/achievements/gitlab-ci-cd/image.svg", "image/svg+xml");
        Element svg = Images.svg(response.asByteArray()).getDocumentElement();

        assertEquals(SVG_NS, svg.getNamespaceURI());
        assertEquals("svg", svg.getLocalName());
        assertTrue(svg.getTextContent().contains("CERTIFIED TRAINER"), svg.getTextContent());
        assertTrue(svg.getTextContent().contains("GitLab CI/CD"), svg.getTextContent());
        assertEquals("inline; filename=\"certified-trainer-gitlab-ci-cd.svg\"", response.header("Content-Disposition"));
    }

    @Test
    void shouldForbidScriptInServedSvg() {
        String policy = Images.fetch("/achievements/git-fundamentals/image.svg", "image/svg+xml")
                .header("Content-Security-Policy");
        assertTrue(policy.contains("default-src 'none'"), policy);
        assertTrue(!policy.contains("script-src"), "no script source is allowed: " + policy);
    }

    @Test
    void shouldGiveEveryCourseInTheCatalogItsOwnColour() throws Exception {
        List<String> slugs = given().header("Authorization", ApiKeysForTests.bearer(ApiKeysForTests.READER))
                .when().get("/api/v1/achievements").then().statusCode(200).extract().jsonPath().getList("slug");
        Map<Integer, String> courseByColour = new HashMap<>();
        for (String slug : slugs) {
            BufferedImage image = Images.decode(Images.fetch("/achievements/" + slug + "/image.png", "image/png").asByteArray());
            String other = courseByColour.put(image.getRGB(FILL_X, FILL_Y), slug);
            assertEquals(null, other, slug + " has the same colour as " + other);
        }
        assertEquals(new HashSet<>(slugs).size(), courseByColour.size());
    }

    @Test
    void shouldDrawTwoCoursesInDifferentColours() throws Exception {
        BufferedImage git = Images.decode(Images.fetch("/achievements/git-fundamentals/image.png", "image/png").asByteArray());
        BufferedImage ci = Images.decode(Images.fetch("/achievements/gitlab-ci-cd/image.png", "image/png").asByteArray());
        assertNotEquals(git.getRGB(FILL_X, FILL_Y), ci.getRGB(FILL_X, FILL_Y));
    }

    @ParameterizedTest
    @ValueSource(strings = {"image.png", "image.svg"})
    void shouldAnswer304WhenTheClientHasTheImageAlready(String file) {
        Images.assertRevalidates("/achievements/security-essentials/" + file);
    }

    @ParameterizedTest
    @ValueSource(strings = {"image.png", "image.svg"})
    void shouldAnswer404ProblemForAnUnknownAchievement(String file) {
        given().when().get("/achievements/no-such-course/" + file)
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:certbadge:problem:not-found"))
                .body("status", equalTo(404));
    }

    @Test
    void shouldPointTheAchievementImageAtItsPngArtwork() {
        Map<String, Object> image = given().accept(ContentType.JSON).when().get("/achievements/innersource")
                .then().statusCode(200).extract().jsonPath().getMap("image");
        assertEquals(base + "/achievements/innersource/image.png", image.get("id"));
        assertEquals("Image", image.get("type"));
        Images.fetch(URI.create((String) image.get("id")).getPath(), "image/png");
    }
}
