package io.certbadge.credential;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.certbadge.support.Issuing;
import io.certbadge.support.Records;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every kind of record yields a credential that the official 1EdTech OB 3.0 JSON Schema accepts. */
@QuarkusTest
class CredentialSchemaTest {

    static String[] kinds() {
        return Records.ALL;
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void shouldIssueCredentialValidAgainstTheOfficialSchema(String kind) throws Exception {
        String body = Issuing.post(Records.valid(kind)).statusCode(201).extract().asString();
        String credential = new com.fasterxml.jackson.databind.ObjectMapper().readTree(body).get("credential").toString();
        Schema schema;
        try (InputStream in = getClass().getResourceAsStream("/schema/ob_v3p0_achievementcredential.json")) {
            assertNotNull(in, "the official schema is packaged");
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09).getSchema(in);
        }
        List<com.networknt.schema.Error> errors = schema.validate(credential, InputFormat.JSON);
        assertTrue(errors.isEmpty(), kind + ": " + errors);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void shouldFollowTheContractsCredentialShape(String kind) throws Exception {
        var record = Records.valid(kind);
        JsonPath c = JsonPath.from(Issuing.post(record).statusCode(201).extract().asString());
        assertEquals(List.of("https://www.w3.org/ns/credentials/v2",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
                "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json"), c.getList("credential['@context']"));
        assertEquals(List.of("AchievementSubject"), c.getList("credential.credentialSubject.type"));
        assertEquals("Certification", c.getString("credential.credentialSubject.achievement.achievementType"));
        assertTrue(c.getString("credential.credentialSubject.achievement.criteria.narrative").contains("Shadow a Certified Trainer"));
        Map<String, Object> email = c.getMap("credential.credentialSubject.identifier[0]");
        assertEquals("emailAddress", email.get("identityType"));
        assertEquals(true, email.get("hashed"));
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(
                (Records.email(record) + email.get("salt")).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("sha256$" + java.util.HexFormat.of().formatHex(digest), email.get("identityHash"),
                "identityHash is sha256$ + hex SHA-256 of e-mail + salt");
        assertEquals("name", c.getString("credential.credentialSubject.identifier[1].identityType"));
        assertEquals(2, c.getList("credential.credentialSubject.result").size());
        assertEquals(List.of(Map.of("id", "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json",
                "type", "1EdTechJsonSchemaValidator2019")), c.getList("credential.credentialSchema"));
        assertEquals("revocation", c.getString("credential.credentialStatus.statusPurpose"));
        assertTrue(c.getString("credential.credentialStatus.statusListIndex").matches("\\d+"));
    }
}
