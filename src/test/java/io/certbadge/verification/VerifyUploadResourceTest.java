package io.certbadge.verification;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.certbadge.media.BadgeArtworkRenderer;
import io.certbadge.media.BadgeDesign;
import io.certbadge.media.PngBaking;
import io.certbadge.media.SvgBaking;
import io.certbadge.support.IssuanceLogForTests;
import io.certbadge.support.IssuerDid;
import io.certbadge.support.Issuing;
import io.certbadge.support.Records;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.zip.CRC32;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * POST /verify: every way a credential can be presented, and every way an upload can be wrong,
 * gets a report or a 4xx problem with a sentence for people — never a 5xx.
 */
@QuarkusTest
class VerifyUploadResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String VC_JWT = "application/vc+jwt";
    /** After the PNG signature (8) and IHDR (25): where a chunk right after IHDR goes. */
    private static final int AFTER_IHDR = 33;

    @ConfigProperty(name = "certbadge.public-base-url")
    String base;

    @Inject
    PngBaking pngBaking;

    @Inject
    SvgBaking svgBaking;

    @Inject
    BadgeArtworkRenderer artwork;

    private final BadgeDesign design = new BadgeDesign("Certified Trainer", "GitLab CI/CD", "#b42318");

    // --- VC-JWT ---

    @ParameterizedTest
    @ValueSource(strings = {VC_JWT, "text/plain"})
    void shouldReportOurVcJwtAsValid(String mediaType) {
        String jwt = issuedJwt();
        IssuanceLogForTests.integrateNow(); // every check passed includes the log's
        post(mediaType, jwt).statusCode(200).contentType(ContentType.JSON)
                .body("verified", equalTo(true))
                .body("status", equalTo("VALID"))
                .body("checks.passed", everyItem(equalTo(true)))
                .body("credential.recipientName", equalTo("Ada Lovelace"));
    }

    @Test
    void shouldReportATamperedJwtAsInvalidBecauseOfItsSignature() {
        String[] parts = issuedJwt().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("Ada Lovelace", "Eve Mallory");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        post(VC_JWT, tampered).statusCode(200)
                .body("verified", equalTo(false))
                .body("status", equalTo("INVALID"))
                .body("checks[0].check", equalTo("signature"))
                .body("checks[0].passed", equalTo(false))
                .body("checks[0].detail", containsString("signature does not match"));
    }

    @Test
    void shouldReportGarbageAsInvalidSayingItIsNoJws() {
        post("text/plain", fixture("/fixtures/upload/err-not-a-jws.txt")).statusCode(200)
                .body("status", equalTo("INVALID"))
                .body("checks[0].detail", containsString("not a compact JWS"));
    }

    /** 600 levels: within what the service parses, beyond what the schema validator's parser takes. */
    @Test
    void shouldReportDeeplyNestedJsonAsInvalidNotFailWith500() {
        String nested = "{\"x\":" + "[".repeat(600) + "]".repeat(600) + "}";
        post("application/json", nested).statusCode(200)
                .body("status", equalTo("INVALID"))
                .body("checks.find { it.check == 'schema' }.passed", equalTo(false));
        String unsignedJwt = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"alg\":\"ES256\",\"kid\":\"http://elsewhere.example/k\"}".getBytes(StandardCharsets.UTF_8))
                + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(nested.getBytes(StandardCharsets.UTF_8))
                + ".c2ln";
        post(VC_JWT, unsignedJwt).statusCode(200).body("status", equalTo("INVALID"));
    }

    @Test
    void shouldRefuseAnEmptyBodyWith400() {
        given().contentType(VC_JWT).body(new byte[0]).when().post("/verify")
                .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("empty"));
    }

    @Test
    void shouldRefuseAnUnsupportedMediaTypeWith415() {
        given().contentType("application/pdf").body("%PDF-1.7".getBytes(StandardCharsets.US_ASCII)).when().post("/verify")
                .then().statusCode(415).contentType(PROBLEM);
    }

    @Test
    void shouldRefuseAnUploadOverTheLimitWith413() {
        byte[] huge = new byte[5 * 1024 * 1024 + 1];
        given().contentType("image/png").body(huge).when().post("/verify")
                .then().statusCode(413).contentType(PROBLEM).body("detail", containsString("5242880"));
    }

    // --- JSON credential ---

    @Test
    void shouldReportOurJsonCredentialAsValidByItsDataIntegrityProof() {
        String id = Issuing.issue(Records.valid());
        String json = given().get("/credentials/" + id).then().statusCode(200).extract().asString();
        post("application/json", json).statusCode(200)
                .body("status", equalTo("VALID"))
                .body("checks[0].detail", startsWith("the Data Integrity proof (eddsa-rdfc-2022), key " + IssuerDid.of(base) + "#"));
    }

    @Test
    void shouldReportOurJsonCredentialWithoutItsProofAsValidWhenItIsWhatWeSigned() throws Exception {
        String id = Issuing.issue(Records.valid());
        String json = given().get("/credentials/" + id).then().statusCode(200).extract().asString();
        ObjectNode withoutProof = (ObjectNode) new ObjectMapper().readTree(json);
        withoutProof.remove("proof");
        post("application/json", withoutProof.toString()).statusCode(200)
                .body("status", equalTo("VALID"))
                .body("checks[0].detail", containsString("identical to the credential this service signed"));
    }

    @Test
    void shouldReportAnAlteredCopyOfOurJsonCredentialAsInvalidNamingTheDataIntegrityProof() {
        String id = Issuing.issue(Records.valid());
        String json = given().get("/credentials/" + id).then().extract().asString().replace("Ada Lovelace", "Eve Mallory");
        post("application/json", json).statusCode(200)
                .body("status", equalTo("INVALID"))
                .body("checks[0].check", equalTo("signature"))
                .body("checks[0].passed", equalTo(false))
                .body("checks[0].detail", startsWith("the Data Integrity proof (eddsa-rdfc-2022) does not verify"))
                .body("credential.recipientName", equalTo("Eve Mallory"));
    }

    @Test
    void shouldSayWhichChecksFailForAnotherIssuersJsonCredential() {
        post("application/json", fixture("/fixtures/foreign/ob30-complete.json")).statusCode(200)
                .body("status", equalTo("INVALID"))
                .body("checks[0].check", equalTo("signature"))
                .body("checks[0].passed", equalTo(false))
                .body("checks[0].detail", containsString("cannot be checked here"))
                .body("checks[0].detail", containsString("never"))
                .body("checks[1].check", equalTo("issuer"))
                .body("checks[1].passed", equalTo(false))
                .body("checks[1].skipped", equalTo(true))
                .body("checks[1].detail", equalTo("not checked: the signature check failed"))
                .body(not(containsString("student@1edtech.edu")));
    }

    @Test
    void shouldRefuseMalformedJsonWith400AndJsonThatIsNoObjectWith422() {
        post("application/json", fixture("/fixtures/upload/err-truncated.json")).statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("not valid JSON"));
        post("application/json", fixture("/fixtures/upload/err-array-not-object.json")).statusCode(422).contentType(PROBLEM)
                .body("detail", containsString("not an object"));
    }

    // --- baked badges ---

    @ParameterizedTest
    @CsvSource({"badge.png, image/png", "badge.svg, image/svg+xml"})
    void shouldVerifyTheBadgeWeServeWhenItIsUploadedBack(String file, String mediaType) {
        String id = Issuing.issue(Records.valid());
        byte[] badge = given().get("/credentials/" + id + "/" + file).then().statusCode(200).extract().asByteArray();
        post(mediaType, badge).statusCode(200)
                .body("status", equalTo("VALID"))
                .body("credential.id", equalTo(base + "/credentials/" + id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"simple-jwt.png", "simple-jwt.svg", "simple-json.png"})
    void shouldSayWhichChecksFailFor1EdTechsBakedExamples(String file) {
        post(file.endsWith(".png") ? "image/png" : "image/svg+xml", fixture("/fixtures/baked/" + file)).statusCode(200)
                .body("verified", equalTo(false))
                .body("status", equalTo("INVALID"))
                .body("checks.find { it.check == 'signature' }.passed", equalTo(false))
                .body("checks.find { it.check == 'issuer' }.passed", equalTo(false))
                .body("checks.find { it.check == 'issuer' }.skipped", equalTo(true))
                .body("checks.find { it.check == 'schema' }.skipped", equalTo(true));
    }

    @Test
    void shouldRefuseAPngWithoutACredentialWith422() {
        post("image/png", artwork.png(design, 600)).statusCode(422).contentType(PROBLEM)
                .body("detail", equalTo("The PNG file has no Open Badges credential baked in."));
    }

    @Test
    void shouldRefuseAPngWithTwoCredentialsAsAmbiguous() {
        String jwt = issuedJwt();
        byte[] png = withChunksAfterHeader(artwork.png(design, 600), credentialChunk(jwt), credentialChunk(jwt));
        post("image/png", png).statusCode(422).contentType(PROBLEM).body("detail", containsString("more than one"));
    }

    @Test
    void shouldRefuseAPngWithAHugeCredentialChunk() {
        byte[] png = withChunksAfterHeader(artwork.png(design, 600), credentialChunk("e".repeat(1024 * 1024 + 10)));
        post("image/png", png).statusCode(422).contentType(PROBLEM).body("detail", containsString("larger than 1 MiB"));
    }

    @Test
    void shouldRefuseAPngWithACorruptChecksum() {
        byte[] png = pngBaking.bake(artwork.png(design, 600), issuedJwt());
        png[AFTER_IHDR + 30] ^= 0x01;
        post("image/png", png).statusCode(422).contentType(PROBLEM).body("detail", containsString("checksum"));
    }

    @Test
    void shouldRefuseAFileThatIsNoPng() {
        post("image/png", "GIF89a not really".getBytes(StandardCharsets.US_ASCII)).statusCode(422).contentType(PROBLEM)
                .body("detail", equalTo("The file is not a PNG image."));
    }

    @Test
    void shouldNeverResolveAnXmlExternalEntityInAnSvg() throws IOException {
        Path secret = Files.createTempFile("certbadge-xxe", ".txt");
        Files.writeString(secret, "TOP-SECRET-FILE-CONTENT");
        try {
            String svg = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                    + "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:openbadges=\"https://purl.imsglobal.org/ob/v3p0\">"
                    + "<openbadges:credential>&xxe;</openbadges:credential></svg>";
            post("image/svg+xml", svg.getBytes(StandardCharsets.UTF_8)).statusCode(422).contentType(PROBLEM)
                    .body("detail", containsString("DOCTYPE"))
                    .body(not(containsString("TOP-SECRET")));
        } finally {
            Files.delete(secret);
        }
    }

    @Test
    void shouldRefuseAnSvgThatIsNotXml() {
        post("image/svg+xml", fixture("/fixtures/upload/err-not-xml.svg")).statusCode(422).contentType(PROBLEM)
                .body("detail", equalTo("The SVG file is not well-formed XML."));
    }

    // --- the form for people ---

    @Test
    void shouldAnswerThePastedJwtFormWithTheReportPage() {
        given().accept(ContentType.HTML).multiPart("jwt", issuedJwt()).when().post("/verify")
                .then().statusCode(200).contentType(ContentType.HTML)
                .body(containsString("class=\"verdict-title\">Valid</h1>"))
                .body(containsString("Ada Lovelace"));
    }

    @Test
    void shouldAnswerAnUploadedBadgeWithTheReportPageOrJson() {
        byte[] baked = pngBaking.bake(artwork.png(design, 600), issuedJwt());
        given().accept(ContentType.HTML).multiPart("file", "badge.png", baked, "image/png").when().post("/verify")
                .then().statusCode(200).contentType(ContentType.HTML)
                .body(containsString("class=\"verdict-title\">Valid</h1>"));
        given().accept(ContentType.JSON).multiPart("file", "badge.png", baked, "application/octet-stream")
                .when().post("/verify")
                .then().statusCode(200).contentType(ContentType.JSON).body("status", equalTo("VALID"));
    }

    @Test
    void shouldShowAForeignCredentialOnlyAsUnconfirmedClaims() {
        given().accept(ContentType.HTML).multiPart("file", "badge.svg", fixture("/fixtures/baked/simple-jwt.svg"))
                .when().post("/verify")
                .then().statusCode(200).contentType(ContentType.HTML)
                .body(containsString("class=\"verdict-title\">Invalid</h1>"))
                .body(containsString("Unconfirmed"))
                .body(not(containsString("add-to-linkedin")));
    }

    @Test
    void shouldShowTheFormAgainWithTheReasonWhenNothingCanBeChecked() {
        given().accept(ContentType.HTML).multiPart("jwt", "").when().post("/verify")
                .then().statusCode(400).contentType(ContentType.HTML)
                .body(containsString("Enter a badge link, paste a signed credential or choose a file."))
                .body(containsString("<form"));
        given().accept(ContentType.HTML).multiPart("file", "badge.png", artwork.png(design, 600), "image/png")
                .when().post("/verify")
                .then().statusCode(422).contentType(ContentType.HTML)
                .body(containsString("No credential could be read from it."));
    }

    @Test
    void shouldServeTheVerifyFormToBrowsers() {
        given().accept(ContentType.HTML).when().get("/verify")
                .then().statusCode(200).contentType(ContentType.HTML)
                .body(containsString("enctype=\"multipart/form-data\""))
                .body(containsString("<label for=\"jwt\">"))
                .body(containsString("<label for=\"file\">"));
    }

    private static ValidatableResponse post(String mediaType, String body) {
        return post(mediaType, body.getBytes(StandardCharsets.UTF_8));
    }

    private static ValidatableResponse post(String mediaType, byte[] body) {
        return given().contentType(mediaType).accept(ContentType.JSON).body(body).when().post("/verify").then();
    }

    private static String issuedJwt() {
        return Issuing.post(Records.valid()).statusCode(201).extract().path("credentialJwt");
    }

    private static byte[] fixture(String path) {
        try (InputStream in = VerifyUploadResourceTest.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An uncompressed iTXt chunk with the OB 3.0 keyword, written by hand rather than by PngBaking. */
    private static byte[] credentialChunk(String text) {
        byte[] keyword = "openbadgecredential".getBytes(StandardCharsets.ISO_8859_1);
        byte[] value = text.getBytes(StandardCharsets.UTF_8);
        byte[] data = ByteBuffer.allocate(keyword.length + 5 + value.length)
                .put(keyword).put(new byte[5]).put(value).array();
        byte[] type = "iTXt".getBytes(StandardCharsets.ISO_8859_1);
        CRC32 crc = new CRC32();
        crc.update(type);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(type).put(data)
                .putInt((int) crc.getValue()).array();
    }

    private static byte[] withChunksAfterHeader(byte[] png, byte[]... chunks) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, AFTER_IHDR);
        List.of(chunks).forEach(out::writeBytes);
        out.write(png, AFTER_IHDR, png.length - AFTER_IHDR);
        return out.toByteArray();
    }
}
