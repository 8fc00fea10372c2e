package io.certbadge.verification;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.InputStream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The schema check really rejects: the official 1EdTech "complete" example passes, broken copies do not. */
class OpenBadgeSchemaTest {

    private final OpenBadgeSchema schema = new OpenBadgeSchema();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldAcceptTheOfficialCompleteExample() throws Exception {
        assertTrue(schema.violations(complete().toString()).isEmpty(), schema.violations(complete().toString()).toString());
    }

    @Test
    void shouldRejectACredentialWithoutValidFrom() throws Exception {
        ObjectNode credential = complete();
        credential.remove("validFrom");
        credential.remove("issuanceDate");
        assertFalse(schema.violations(credential.toString()).isEmpty());
    }

    @Test
    void shouldRejectAnAchievementWithoutCriteria() throws Exception {
        ObjectNode credential = complete();
        ((ObjectNode) credential.get("credentialSubject").get("achievement")).remove("criteria");
        assertFalse(schema.violations(credential.toString()).isEmpty());
    }

    @Test
    void shouldRejectAWrongContext() throws Exception {
        ObjectNode credential = complete();
        credential.putArray("@context").add("https://www.w3.org/2018/credentials/v1").add("https://example.com/ctx.json");
        assertFalse(schema.violations(credential.toString()).isEmpty());
    }

    private ObjectNode complete() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/fixtures/foreign/ob30-complete.json")) {
            ObjectNode node = (ObjectNode) json.readTree(in);
            node.remove("proof");
            return node;
        }
    }
}
