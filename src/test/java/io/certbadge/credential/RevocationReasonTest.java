package io.certbadge.credential;

import io.certbadge.support.ApiKeysForTests;
import io.certbadge.support.Issuing;
import io.certbadge.support.Records;
import io.certbadge.support.Revoking;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * The revocation reason is shown on the public verification page, so it is held to the rules of
 * names (readable text, NFC); and a refused revocation, like a refused record, is in the audit trail.
 */
@QuarkusTest
class RevocationReasonTest {

    @ParameterizedTest
    @ValueSource(strings = {"Fraud\u202Eeslaf", "A\u0000B", "\u200B\u200B\u200B", "1234", "Line\u2028break",
            "\r\n\r\nX-Injected: 1", "Reason\t"})
    void shouldRefuseAReasonThatIsNotReadableText(String reason) {
        String id = Issuing.issue(Records.valid());
        Revoking.post(id, "{\"reason\": " + quote(reason) + "}").statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("reason"));
        credential(id).body("status", equalTo("ACTIVE"));
    }

    @Test
    void shouldAuditARefusedRevocationWithoutItsText() {
        String id = Issuing.issue(Records.valid());
        Revoking.post(id, "{\"reason\": \"secret\\u202Etext\"}").statusCode(422);
        Revoking.post(id, "{\"reason\": \"  \"}").statusCode(422);
        given().header("Authorization", ApiKeysForTests.bearer(ApiKeysForTests.READER))
                .when().get("/api/v1/credentials/" + id + "/events").then().statusCode(200)
                .body("type", equalTo(List.of("ISSUED", "REVOCATION_REFUSED", "REVOCATION_REFUSED")))
                .body("apiKey", hasItem("test-revoker"))
                .body("[1].detail", equalTo("422 urn:certbadge:problem:revocation-rejected; fields: reason"))
                .body("[1].detail", not(containsString("secret")));
    }

    @Test
    void shouldStoreTheReasonInNormalisationFormC() {
        String id = Issuing.issue(Records.valid());
        Revoking.revoke(id, "Re\\u0301vise\\u0301");
        credential(id).body("revocationReason", equalTo("Révisé"));
    }

    private static io.restassured.response.ValidatableResponse credential(String id) {
        return given().header("Authorization", ApiKeysForTests.bearer(ApiKeysForTests.READER))
                .when().get("/api/v1/credentials/" + id).then().statusCode(200);
    }

    private static String quote(String text) {
        StringBuilder json = new StringBuilder("\"");
        text.chars().forEach(c -> json.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return json.append('"').toString();
    }
}
