package io.certbadge.verification;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.InputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    @Test
    void shouldKeepTheFirstViolationsAndCountTheRest() throws Exception {
        ObjectNode credential = complete();
        com.fasterxml.jackson.databind.node.ArrayNode evidence = credential.putArray("evidence");
        for (int i = 0; i < 5_000; i++) {
            evidence.addObject().put("id", i).put("type", i).put("name", i);
        }
        OpenBadgeSchema.Violations violations = schema.violations(credential.toString());
        assertEquals(OpenBadgeSchema.KEPT, violations.first().size(), "only the first are kept");
        assertTrue(violations.total() >= 10_000, "every one is counted: " + violations.total());
    }

    private ObjectNode complete() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/fixtures/foreign/ob30-complete.json")) {
            ObjectNode node = (ObjectNode) json.readTree(in);
            node.remove("proof");
            return node;
        }
    }
}
