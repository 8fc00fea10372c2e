package io.certbadge.issuer;

import io.certbadge.support.Images;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import java.awt.image.BufferedImage;
import java.net.URI;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class IssuerLogoResourceTest {

    @Test
    void shouldServeTheLogoTheIssuerProfileNames() throws Exception {
        String image = given().accept(ContentType.JSON).when().get("/issuer")
                .then().statusCode(200).extract().path("image.id");
        var response = Images.fetch(URI.create(image).getPath(), "image/svg+xml");

        Element svg = Images.svg(response.asByteArray()).getDocumentElement();
        assertEquals("http://www.w3.org/2000/svg", svg.getNamespaceURI());
        assertEquals("Example Vendor Education Services", svg.getElementsByTagNameNS(svg.getNamespaceURI(), "title")
                .item(0).getTextContent());
        assertTrue(response.header("Content-Security-Policy").contains("default-src 'none'"));
    }

    @Test
    void shouldServeThePngLogoWithTransparentCorners() throws Exception {
        BufferedImage logo = Images.decode(Images.fetch("/issuer/logo.png", "image/png").asByteArray());

        assertEquals(logo.getWidth(), logo.getHeight());
        assertEquals(0, Images.alpha(logo, 0, 0), "rounded corner");
        assertEquals(255, Images.alpha(logo, logo.getWidth() / 2, logo.getHeight() / 2));
    }

    @Test
    void shouldAnswer304ForTheLogoTheClientHas() {
        Images.assertRevalidates("/issuer/logo.png");
        Images.assertRevalidates("/issuer/logo.svg");
    }
}
