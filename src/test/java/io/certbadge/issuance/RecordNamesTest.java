package io.certbadge.issuance;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.certbadge.support.ApiKeysForTests;
import io.certbadge.support.Records;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.certbadge.support.Issuing.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/**
 * Names are signed into credentials and shown in page titles and link previews. Invisible and
 * control characters used to go through: a NUL (which PostgreSQL cannot store), a right-to-left
 * override that flipped the page title, a name of zero-width spaces that passed @NotBlank.
 */
@QuarkusTest
class RecordNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"A\u0000B\u202Eevil\u200B", "Ada\u202ELovelace", "\u200B\u200B\u200B", "Ada\u0007",
            "Ada\nLovelace", "Ada\u2028Lovelace", "Ada\uE000", "Ada\u0378", "Ada\uFEFF", "Ada\u2066x\u2069"})
    void shouldRefuseInvisibleControlOrUnassignedCharactersInTheName(String name) {
        ObjectNode record = Records.valid();
        Records.candidate(record).put("name", name);
        post(record).statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("candidate.name"))
                .body("errors.find { it.field == 'candidate.name' }.message", containsString("U+"));
        nothingIssuedTo(Records.email(record));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "-- --", "\u0301\u0301"})
    void shouldRequireALetterInAName(String name) {
        ObjectNode record = Records.valid();
        Records.candidate(record).put("name", name);
        post(record).statusCode(422)
                .body("errors.find { it.field == 'candidate.name' }.message", equalTo("must contain a letter"));
    }

    @Test
    void shouldCheckEveryNameInTheRecordAndTheEvidenceUrl() {
        ObjectNode record = Records.valid();
        Records.candidate(record).put("organization", "Evil\u202ECorp");
        Records.task(record, "shadowing").put("certifiedTrainer", "Grace\u200BHopper");
        Records.task(record, "subsetDelivery").put("customer", "ACME\u0000");
        Records.task(record, "fullDelivery").put("observer", "1234");
        record.put("evidenceUrl", "https://example.com/\u202Eevil");
        post(record).statusCode(422)
                .body("errors.field", hasItem("candidate.organization"))
                .body("errors.field", hasItem("tasks.shadowing.certifiedTrainer"))
                .body("errors.field", hasItem("tasks.subsetDelivery.customer"))
                .body("errors.field", hasItem("tasks.fullDelivery.observer"))
                .body("errors.field", hasItem("evidenceUrl"));
        nothingIssuedTo(Records.email(record));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zoë Ångström", "李小龙", "Þórr O'Brien-Smith", "Nguyễn Thị Minh Khai", "محمد"})
    void shouldIssueNamesInAnyScript(String name) {
        ObjectNode record = Records.valid();
        Records.candidate(record).put("name", name);
        post(record).statusCode(201).body("recipientName", equalTo(name));
    }

    @Test
    void shouldStoreNamesInNormalisationFormC() {
        ObjectNode decomposed = Records.valid();
        Records.candidate(decomposed).put("name", "Zoe\u0301 Nge\u0302\u0303n");
        String id = post(decomposed).statusCode(201)
                .body("recipientName", equalTo("Zo\u00E9 Ng\u1EC5n"))
                .body("credential.credentialSubject.identifier.find { it.identityType == 'name' }.identityHash",
                        equalTo("Zo\u00E9 Ng\u1EC5n"))
                .extract().path("id");
        // the same record typed the other way is the same record: a repeat, not a conflict
        ObjectNode composed = decomposed.deepCopy();
        Records.candidate(composed).put("name", "Zo\u00E9 Ng\u1EC5n");
        post(composed).statusCode(200).body("id", equalTo(id));
    }

    private static void nothingIssuedTo(String email) {
        given().header("Authorization", ApiKeysForTests.bearer(ApiKeysForTests.READER))
                .queryParam("email", email).when().get("/api/v1/credentials")
                .then().statusCode(200).body("items", hasSize(0));
    }
}
