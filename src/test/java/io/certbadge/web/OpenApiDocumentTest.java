package io.certbadge.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What an integrator reads at {@code /q/openapi}: how to authenticate, every answer of the
 * operations they build on, with the problem+json shape, and examples that are the files in
 * examples/ (so the description cannot drift from them).
 */
@QuarkusTest
class OpenApiDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROBLEM = "#/components/schemas/Problem";

    private static JsonNode document;

    /** Not static: REST Assured knows the test port only once the class's Quarkus runs. */
    @BeforeEach
    void readDocument() throws IOException {
        if (document != null) {
            return;
        }
        document = JSON.readTree(given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString());
    }

    @Test
    void shouldDescribeTheBearerApiKeyAndItsScopes() {
        JsonNode scheme = document.at("/components/securitySchemes/apiKey");
        assertEquals("http", scheme.path("type").asText());
        assertEquals("bearer", scheme.path("scheme").asText());
        for (String scope : List.of("`issue`", "`read`", "`revoke`", "`admin`")) {
            assertTrue(scheme.path("description").asText().contains(scope), "the scheme describes the scope " + scope);
        }
        assertEquals(List.of("issue"), scopes(operation("/api/v1/credentials", "post")));
        assertEquals(List.of("issue"), scopes(operation("/api/v1/credentials/batch", "post")));
        assertEquals(List.of("revoke"), scopes(operation("/api/v1/credentials/{id}/revocation", "post")));
        assertEquals(List.of("read"), scopes(operation("/api/v1/credentials/{id}", "get")));
        assertEquals(List.of("admin"), scopes(operation("/api/v1/webhooks", "post")));
        assertEquals(List.of("admin"), scopes(operation("/api/v1/keys/{keyId}/compromise", "post")));
        assertTrue(operation("/verify/{id}", "get").path("security").isEmpty(), "public endpoints need no key");
    }

    @Test
    void shouldDocumentEveryAnswerOfTheIssueOperationAndExplainIdempotency() {
        JsonNode issue = operation("/api/v1/credentials", "post");
        assertEquals(List.of("201", "200", "400", "401", "403", "409", "413", "422", "429"), statuses(issue));
        assertProblemJson(issue, "400", "401", "403", "409", "413", "422", "429");
        assertTrue(issue.at("/responses/200/description").asText().contains("Idempotent repeat"),
                issue.at("/responses/200/description").asText());
        assertTrue(issue.path("description").asText().contains("Idempotent on `recordId`"));
        assertEquals("#/components/schemas/IssuedCredential",
                issue.at("/responses/201/content/application~1json/schema/$ref").asText());
        assertEquals(List.of("Issuing"), texts(issue.path("tags")));
        assertEquals("Issue a credential from a certification record", issue.path("summary").asText());
    }

    @Test
    void shouldDocumentTheBatchAndRevokeOperations() {
        JsonNode batch = operation("/api/v1/credentials/batch", "post");
        assertEquals(List.of("200", "400", "401", "403", "413", "422", "429"), statuses(batch));
        assertProblemJson(batch, "400", "401", "403", "413", "422", "429");

        JsonNode revoke = operation("/api/v1/credentials/{id}/revocation", "post");
        assertEquals(List.of("200", "400", "401", "403", "404", "413", "422", "429"), statuses(revoke));
        assertProblemJson(revoke, "400", "401", "403", "404", "413", "422", "429");
        JsonNode revocation = document.at("/components/schemas/Revocation/properties");
        assertEquals(List.of("id", "status", "revokedAt", "reason"), fieldNames(revocation),
                "the revocation answers a short body, not the whole record");
    }

    @Test
    void shouldShowTheExamplesFromTheExamplesDirectory() throws IOException {
        JsonNode issue = operation("/api/v1/credentials", "post");
        assertEquals(file("certification-record.json"),
                issue.at("/requestBody/content/application~1json/examples/record/value"));
        assertEquals(file("rejected-record.json"),
                issue.at("/requestBody/content/application~1json/examples/rejected/value"));
        assertEquals(file("issued-credential.json"),
                issue.at("/responses/201/content/application~1json/examples/issued/value"));
        assertEquals(file("rejected-record-problem.json"),
                document.at("/components/responses/RecordRejected/content/application~1problem+json/examples/rejected/value"));
        JsonNode revoke = operation("/api/v1/credentials/{id}/revocation", "post");
        assertEquals(file("revocation-request.json"),
                revoke.at("/requestBody/content/application~1json/examples/revocation/value"));
        assertEquals(file("revocation.json"), revoke.at("/responses/200/content/application~1json/examples/revoked/value"));
        assertEquals(file("credential-search-page.json"), operation("/api/v1/credentials", "get")
                .at("/responses/200/content/application~1json/examples/page/value"));
    }

    @Test
    void shouldNameEveryOperationInTheDomainsWords() {
        List<String> unnamed = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (path.getKey().startsWith("/api/v1/test-only/")) {
                continue;
            }
            path.getValue().fields().forEachRemaining(op -> {
                JsonNode tags = op.getValue().path("tags");
                if (op.getValue().path("summary").asText().isBlank() || tags.isEmpty()
                        || texts(tags).stream().anyMatch(tag -> tag.endsWith("Resource"))) {
                    unnamed.add(op.getKey().toUpperCase() + " " + path.getKey());
                }
            });
        }
        assertTrue(unnamed.isEmpty(), "operations without a summary and a domain tag (add them to "
                + "src/main/resources/META-INF/openapi.yaml): " + unnamed);
    }

    private static void assertProblemJson(JsonNode operation, String... statuses) {
        for (String status : statuses) {
            JsonNode response = resolve(operation.path("responses").path(status));
            assertFalse(response.path("description").asText().isBlank(), status + " is described");
            assertEquals(PROBLEM, response.at("/content/application~1problem+json/schema/$ref").asText(),
                    status + " answers application/problem+json with the Problem schema");
        }
    }

    private static JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith("#/") ? document.at(ref.substring(1)) : node;
    }

    private static JsonNode operation(String path, String method) {
        JsonNode operation = document.path("paths").path(path).path(method);
        assertFalse(operation.isMissingNode(), method + " " + path + " is described");
        return operation;
    }

    private static List<String> scopes(JsonNode operation) {
        return texts(operation.path("security").path(0).path("apiKey"));
    }

    private static List<String> statuses(JsonNode operation) {
        return fieldNames(operation.path("responses"));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static JsonNode file(String name) throws IOException {
        return JSON.readTree(Files.readString(Path.of("examples", name)));
    }
}
