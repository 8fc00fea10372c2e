package io.certbadge.verification;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * A form upload cut short (no closing boundary, a part without headers' end) or without a usable
 * boundary is the client's fault: 400, never 500.
 */
@QuarkusTest
class TruncatedUploadTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"b.png\"\r\nContent-Type: image/png\r\n\r\n\u0089PNG\r\n",
            "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"b.png\"\r\nContent-Ty",
            "--XyZ\r\nContent-Disposition: form-data; name=\"jwt\"\r\n\r\neyJhbGciOi",
            "--XyZ"})
    void shouldAnswerATruncatedFormWith400(String body) {
        given().contentType("multipart/form-data; boundary=XyZ").accept("application/json")
                .body(body.getBytes(StandardCharsets.ISO_8859_1)).when().post("/verify")
                .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
    }

    @ParameterizedTest
    @ValueSource(strings = {"multipart/form-data; boundary=", "multipart/form-data", "multipart/form-data; boundary=\"",
            "multipart/form-data; boundary=\"abc", "multipart/form-data; boundary=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "multipart/form-data; boundary=a\u00e9b", "multipart/form-data; boundary=ends-in-space\" \""})
    void shouldAnswerAFormWithoutAUsableBoundaryWith400(String contentType) {
        given().header("Content-Type", contentType).accept("application/json")
                .body("--x\r\nContent-Disposition: form-data; name=\"jwt\"\r\n\r\nabc\r\n--x--\r\n"
                        .getBytes(StandardCharsets.ISO_8859_1))
                .when().post("/verify")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("boundary"));
    }
}
