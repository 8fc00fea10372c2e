package io.certbadge.verification;

import io.certbadge.signing.dataintegrity.JsonP;
import jakarta.json.JsonObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The VC Data Model 2.0 rules the VC-API verifier applies to credentials of other issuers. */
class VcDataModelTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final String VALID = """
            {"@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiableCredential"],
             "issuer": "did:example:issuer", "validFrom": "2026-01-01T00:00:00Z",
             "credentialSubject": {"id": "did:example:subject"}}""";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no base context first        | \"@context\": [\"https://www.w3.org/ns/credentials/examples/v2\"] | first @context",
            "no VerifiableCredential type | \"type\": [\"Thing\"]                                       | type must include",
            "an issuer that is no URL     | \"issuer\": \"z6MkpJySvETLnxhQG9DzEdmKJtysBDjuuTeDfUj1uNNCUqcj\" | issuer must be a URL",
            "no subject                   | \"credentialSubject\": []                                  | credentialSubject",
            "a date without a time zone   | \"validFrom\": \"2026-01-01T00:00:00\"                      | dateTimeStamp",
            "not valid yet                | \"validFrom\": \"2099-01-01T00:00:00Z\"                     | not valid before",
            "expired                      | \"validUntil\": \"2026-01-02T00:00:00Z\"                    | expired",
            "a schema without a type      | \"credentialSchema\": {\"id\": \"https://example.com/s.json\"} | credentialSchema",
            "a refresh service untyped    | \"refreshService\": {\"id\": \"https://example.com/r\"}     | refreshService",
            "a related resource digestless| \"relatedResource\": [{\"id\": \"https://example.com/x\"}]  | digestSRI"})
    void shouldRefuseACredentialThatBreaksTheDataModel(String what, String member, String named) {
        JsonObject credential = jakarta.json.Json.createObjectBuilder(JsonP.object(VALID))
                .addAll(jakarta.json.Json.createObjectBuilder(JsonP.object("{" + member + "}"))).build();
        List<VcApiAnswer.Item> errors = VcDataModel.credential(credential, NOW);

        assertEquals(1, errors.size(), what + ": " + errors);
        assertTrue(errors.get(0).message().contains(named), what + ": " + errors.get(0).message());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a holder that is no URL | \"holder\": \"z6Mk\"                 | holder",
            "a credential as string  | \"verifiableCredential\": [\"eyJ\"] | not strings"})
    void shouldRefuseAPresentationThatBreaksTheDataModel(String what, String member, String named) {
        JsonObject presentation = JsonP.object("{" + member + ", \"@context\": [\"https://www.w3.org/ns/credentials/v2\"],"
                + " \"type\": \"VerifiablePresentation\"}");
        List<VcApiAnswer.Item> errors = VcDataModel.presentation(presentation);

        assertEquals(1, errors.size(), what + ": " + errors);
        assertTrue(errors.get(0).message().contains(named), what + ": " + errors.get(0).message());
    }
}
