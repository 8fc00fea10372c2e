package io.certbadge.credential;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.certbadge.media.QrCodeRenderer;
import io.certbadge.support.Issuing;
import io.certbadge.support.Records;
import io.certbadge.support.Revoking;
import io.certbadge.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import jakarta.inject.Inject;
import io.restassured.response.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** GET /credentials/{id}/qr.png, qr.svg and share.png: decoded back by ZXing and ImageIO. */
@QuarkusTest
class CredentialImagesResourceTest {

    private static final int WHITE = 0xFFFFFFFF;

    @ConfigProperty(name = "certbadge.public-base-url")
    String base;

    @Inject
    TestClock clock;

    @Test
    void shouldEncodeExactlyTheVerificationUrlInTheQrPngWithAQuietZone() throws Exception {
        String id = Issuing.issue(Records.valid());
        BufferedImage qr = image(given().when().get("/credentials/" + id + "/qr.png")
                .then().statusCode(200).contentType("image/png").extract());
        assertEquals(300, qr.getWidth(), "default size");
        assertEquals(base + "/verify/" + id, decode(qr));
        for (int xy = 0; xy < 16; xy++) {
            assertEquals(WHITE, qr.getRGB(xy, xy), "quiet zone at the top-left corner, pixel " + xy);
            assertEquals(WHITE, qr.getRGB(qr.getWidth() - 1 - xy, qr.getHeight() - 1 - xy), "quiet zone, bottom right");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {128, 256, 512, 1024})
    void shouldDrawTheQrPngAtTheRequestedSize(int size) throws Exception {
        String id = Issuing.issue(Records.valid());
        BufferedImage qr = image(given().queryParam("size", size).when().get("/credentials/" + id + "/qr.png")
                .then().statusCode(200).extract());
        assertEquals(size, qr.getWidth());
        assertEquals(size, qr.getHeight());
        assertEquals(base + "/verify/" + id, decode(qr));
    }

    @ParameterizedTest
    @ValueSource(strings = {"127", "1025", "0", "-300", "big", "3e2", "99999999999", "129", "301", "1023"})
    void shouldRefuseASizeNotOfferedWith400Problem(String size) {
        // sizes in between used to be drawn and cached one by one: a cheap way to burn CPU and evict the cache
        String id = Issuing.issue(Records.valid());
        given().queryParam("size", size).when().get("/credentials/" + id + "/qr.png")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("128, 256, 300, 512, 1024"));
    }

    @Test
    void shouldServeTheQrSvgOfTheVerificationUrl() {
        String id = Issuing.issue(Records.valid());
        given().when().get("/credentials/" + id + "/qr.svg")
                .then().statusCode(200).contentType("image/svg+xml")
                .body(equalTo(new QrCodeRenderer().svg(base + "/verify/" + id)));
    }

    @Test
    void shouldLetClientsRevalidateQrCodesWithTheirETag() {
        String id = Issuing.issue(Records.valid());
        for (String path : new String[] {"/qr.png", "/qr.svg", "/qr.png?size=512", "/share.png"}) {
            String etag = given().when().get("/credentials/" + id + path)
                    .then().statusCode(200)
                    .header("Cache-Control", containsString("max-age="))
                    .header("ETag", notNullValue())
                    .extract().header("ETag");
            given().header("If-None-Match", etag).when().get("/credentials/" + id + path)
                    .then().statusCode(304).header("ETag", equalTo(etag));
            given().header("If-None-Match", "\"something-else\"").when().get("/credentials/" + id + path)
                    .then().statusCode(200);
        }
        String png = given().get("/credentials/" + id + "/qr.png").then().extract().header("ETag");
        String bigger = given().get("/credentials/" + id + "/qr.png?size=512").then().extract().header("ETag");
        org.junit.jupiter.api.Assertions.assertNotEquals(png, bigger, "another size is another representation");
    }

    @Test
    void shouldDrawAShareCardOfTheSizeLinkPreviewsUse() throws Exception {
        String id = Issuing.issue(Records.valid());
        BufferedImage card = image(given().when().get("/credentials/" + id + "/share.png")
                .then().statusCode(200).contentType("image/png").extract());
        assertEquals(1200, card.getWidth());
        assertEquals(627, card.getHeight());
    }

    @Test
    void shouldRedrawTheShareCardWhenTheCredentialIsRevokedOrExpires() throws Exception {
        String id = Issuing.issue(Records.valid());
        ExtractableResponse<Response> valid = given().when().get("/credentials/" + id + "/share.png")
                .then().statusCode(200).extract();
        Revoking.revoke(id, "Survey results could not be confirmed");
        ExtractableResponse<Response> revoked = given().header("If-None-Match", valid.header("ETag"))
                .when().get("/credentials/" + id + "/share.png").then().statusCode(200).extract();
        assertNotEquals(valid.header("ETag"), revoked.header("ETag"), "a cache holding the valid card must refetch");
        assertEquals(0xb91c1c, image(revoked).getRGB(12, 620) & 0xFFFFFF, "the revoked card's red bottom bar");
        given().header("If-None-Match", revoked.header("ETag")).when().get("/credentials/" + id + "/share.png")
                .then().statusCode(304);

        String expiring = Issuing.issue(Records.valid(Records.SUBCONTRACTOR_EXPIRING));
        String before = given().when().get("/credentials/" + expiring + "/share.png").then().extract().header("ETag");
        clock.advance(Duration.ofDays(3 * 366 + 40));
        try {
            ExtractableResponse<Response> expired = given().when().get("/credentials/" + expiring + "/share.png")
                    .then().statusCode(200).extract();
            assertNotEquals(before, expired.header("ETag"));
            assertEquals(0xb45309, image(expired).getRGB(12, 620) & 0xFFFFFF, "the expired card's amber bottom bar");
        } finally {
            clock.reset();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/qr.png", "/qr.svg", "/share.png"})
    void shouldAnswerAnUnknownCredentialWith404Problem(String image) {
        given().when().get("/credentials/AAAAAAAAAAAAAAAAAAAAAA" + image)
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        given().when().get("/credentials/nope" + image)
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static BufferedImage image(ExtractableResponse<Response> response) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(response.asByteArray()));
    }

    private static String decode(BufferedImage image) throws Exception {
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
                .getText();
    }
}
