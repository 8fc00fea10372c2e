package io.certbadge.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.certbadge.issuance.CertificationRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The field a strict read names, for each way JSON can be wrong (mapper configured as the service's). */
class JsonProblemsTest {

    private static final ObjectMapper MAPPER = strict();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"recordId\":\"a\",\"recordId\":\"b\"}|recordId|duplicate key",
            "{\"candidate\":{\"name\":\"a\",\"name\":\"b\"}}|candidate.name|duplicate key",
            "{\"tasks\":{\"subsetDelivery\":{\"observer\":\"a\",\"observer\":\"b\"}}}|tasks.subsetDelivery.observer|duplicate key",
            "{\"tasks\":{\"fullDelivery\":{\"surveyRatings\":[1,2.5]}}}|tasks.fullDelivery.surveyRatings[1]|must be a whole number",
            "{\"tasks\":{\"fullDelivery\":{\"surveyRatings\":[\"4\"]}}}|tasks.fullDelivery.surveyRatings[0]|must be a whole number",
            "{\"nickname\":1}|nickname|unknown property"})
    void shouldNameTheField(String json, String field, String message) {
        ProblemException problem = JsonProblems.malformed("The body", assertThrows(JsonProcessingException.class,
                () -> MAPPER.readValue(json, CertificationRecord.class)));
        assertEquals(field, problem.errors().get(0).field(), problem.getMessage());
        assertEquals(message, problem.errors().get(0).message());
    }

    @Test
    void shouldFindDuplicatesInTreesToo() {
        ProblemException problem = JsonProblems.malformed("The credential", assertThrows(JsonProcessingException.class,
                () -> MAPPER.readTree("{\"a\":[{\"b\":{\"c\":1,\"c\":2}}]}")));
        assertEquals("a[0].b.c", problem.errors().get(0).field());
    }

    private static ObjectMapper strict() {
        ObjectMapper mapper = JsonMapper.builder().findAndAddModules().build();
        new StrictJson().customize(mapper);
        return mapper;
    }
}
