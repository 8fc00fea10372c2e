package io.certbadge.credential;

import io.certbadge.support.Images;
import io.certbadge.support.Issuing;
import io.certbadge.support.PublishedKeys;
import io.certbadge.support.Records;
import io.certbadge.support.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.imageio.metadata.IIOMetadataNode;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** OB 3.0 §5.3 baking, checked from outside with readers the service does not use. */
@QuarkusTest
class BadgeImageResourceTest {

    @Inject
    CredentialRepository credentials;

    private static final String OB_NAMESPACE = "https://purl.imsglobal.org/ob/v3p0";
    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

    @Test
    void shouldBakeTheCredentialsJwtIntoExactlyOneUncompressedITxtChunk() throws Exception {
        String id = Issuing.issue(Records.valid());
        byte[] png = Images.fetch("/credentials/" + id + "/badge.png", "image/png").asByteArray();

        List<String> chunks = Images.chunkTypes(png);
        assertEquals(1, chunks.stream().filter("iTXt"::equals).count(), "one iTXt chunk in the whole file: " + chunks);
        assertEquals("IHDR", chunks.get(0));
        assertEquals("IEND", chunks.get(chunks.size() - 1));
        List<IIOMetadataNode> iTxt = Images.iTxtEntries(png);
        assertEquals(1, iTxt.size(), "OB 3.0 §5.3.1: exactly one iTXt chunk");
        IIOMetadataNode chunk = iTxt.get(0);
        assertEquals("openbadgecredential", chunk.getAttribute("keyword"));
        assertEquals("FALSE", chunk.getAttribute("compressionFlag"), "the credential is stored uncompressed");
        String baked = chunk.getAttribute("text");
        assertEquals(jwt(id), baked, "the baked text is the credential's VC-JWT");
        assertTrue(PublishedKeys.verifies(baked), "the baked JWT verifies with the key published at its kid");
    }

    @Test
    void shouldBakeIntoTheAchievementsTransparentArtwork() throws Exception {
        String id = Issuing.issue(Records.valid(Records.INTERNAL_NO_ASSESSMENT));
        BufferedImage badge = Images.decode(Images.fetch("/credentials/" + id + "/badge.png", "image/png").asByteArray());
        BufferedImage artwork = Images.decode(
                Images.fetch("/achievements/project-management/image.png", "image/png").asByteArray());

        assertTrue(badge.getWidth() >= 600 && badge.getHeight() >= 600);
        assertEquals(0, Images.alpha(badge, 0, 0), "corner is transparent");
        assertEquals(artwork.getRGB(300, 300), badge.getRGB(300, 300), "the same picture as the achievement's artwork");
    }

    @Test
    void shouldBakeTheJwtIntoTheFirstChildOfTheSvgElement() throws Exception {
        String id = Issuing.issue(Records.valid(Records.TTT_WITH_DID));
        byte[] svg = Images.fetch("/credentials/" + id + "/badge.svg", "image/svg+xml").asByteArray();

        Document document = Images.svg(svg);
        Element root = document.getDocumentElement();
        assertEquals(SVG_NAMESPACE, root.getNamespaceURI());
        assertEquals("svg", root.getLocalName());
        assertEquals(OB_NAMESPACE, root.getAttribute("xmlns:openbadges"), "prefix declared on the svg element");
        NodeList credentials = document.getElementsByTagNameNS(OB_NAMESPACE, "credential");
        assertEquals(1, credentials.getLength(), "exactly one openbadges:credential");
        Element credential = (Element) credentials.item(0);
        assertEquals(credential, firstChildElement(root), "OB 3.0 §5.3.2: right after the opening svg tag");
        assertEquals("openbadges:credential", credential.getTagName());
        assertEquals(jwt(id), credential.getAttribute("verify"));
        assertTrue(PublishedKeys.verifies(credential.getAttribute("verify")));
    }

    @Test
    void shouldStillServeTheBadgeOfARevokedCredential() throws Exception {
        String id = Issuing.issue(Records.valid());
        QuarkusTransaction.requiringNew().run(() -> credentials.findByPublicId(id).orElseThrow()
                .revoke("Test: the status list, not the badge, says revoked", "test", TestClock.current().instant()));

        byte[] png = Images.fetch("/credentials/" + id + "/badge.png", "image/png").asByteArray();
        assertEquals(jwt(id), Images.iTxtEntries(png).get(0).getAttribute("text"));
        Images.fetch("/credentials/" + id + "/badge.svg", "image/svg+xml");
    }

    @ParameterizedTest
    @CsvSource({"badge.png, image/png", "badge.svg, image/svg+xml"})
    void shouldOfferTheBadgeForDownloadUnderANameThatSaysWhatItIs(String file, String mediaType) {
        String id = Issuing.issue(Records.valid());
        String extension = file.substring(file.indexOf('.'));
        String disposition = Images.fetch("/credentials/" + id + "/" + file, mediaType).header("Content-Disposition");
        assertEquals("inline; filename=\"certified-trainer-gitlab-ci-cd-" + id + extension + "\"", disposition);
    }

    @Test
    void shouldForbidScriptInTheBakedSvg() {
        String id = Issuing.issue(Records.valid());
        String policy = Images.fetch("/credentials/" + id + "/badge.svg", "image/svg+xml").header("Content-Security-Policy");
        assertNotNull(policy);
        assertTrue(policy.contains("default-src 'none'"), policy);
    }

    @ParameterizedTest
    @ValueSource(strings = {"badge.png", "badge.svg"})
    void shouldAnswer304WhenTheClientHasTheBadgeAlready(String file) {
        Images.assertRevalidates("/credentials/" + Issuing.issue(Records.valid()) + "/" + file);
    }

    @Test
    void shouldBakeEachCredentialIntoABadgeOfItsOwn() {
        String first = Issuing.issue(Records.valid());
        String second = Issuing.issue(Records.valid());
        assertNotEquals(etag("/credentials/" + first + "/badge.png"), etag("/credentials/" + second + "/badge.png"));
        assertNotEquals(etag("/credentials/" + first + "/badge.svg"), etag("/credentials/" + second + "/badge.svg"));
    }

    @ParameterizedTest
    @CsvSource({
            "AAAAAAAAAAAAAAAAAAAAAA, badge.png",
            "AAAAAAAAAAAAAAAAAAAAAA, badge.svg",
            "not-an-id, badge.png",
            "not-an-id, badge.svg"})
    void shouldAnswer404ProblemForAnUnknownCredential(String id, String file) {
        given().when().get("/credentials/" + id + "/" + file)
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:certbadge:problem:not-found"))
                .body("status", equalTo(404));
    }

    @Test
    void shouldResolveTheImageUrlsTheCredentialAndTheApiResponseGive() {
        JsonPath issued = JsonPath.from(Issuing.post(Records.valid()).statusCode(201).extract().asString());
        String id = issued.getString("id");
        String badgeUrl = issued.getString("badgeImageUrl");

        assertTrue(badgeUrl.endsWith("/credentials/" + id + "/badge.png"), badgeUrl);
        Images.fetch(URI.create(badgeUrl).getPath(), "image/png");
        assertEquals(badgeUrl, issued.getString("credential.image.id"), "the credential's image is its baked badge");
        assertEquals("Image", issued.getString("credential.image.type"));
        String achievementImage = issued.getString("credential.credentialSubject.achievement.image.id");
        assertTrue(achievementImage.endsWith("/achievements/gitlab-ci-cd/image.png"), achievementImage);
        assertEquals("Image", issued.getString("credential.credentialSubject.achievement.image.type"));
        Images.fetch(URI.create(achievementImage).getPath(), "image/png");
        String issuerImage = issued.getString("credential.issuer.image.id");
        given().when().get(URI.create(issuerImage).getPath()).then().statusCode(200);
    }

    private static String jwt(String id) {
        return given().when().get("/credentials/" + id + "/jwt").then().statusCode(200).extract().asString();
    }

    private static String etag(String path) {
        return given().when().get(path).then().statusCode(200).extract().header("ETag");
    }

    private static Element firstChildElement(Element parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.ELEMENT_NODE) {
                return (Element) child;
            }
        }
        return null;
    }
}
