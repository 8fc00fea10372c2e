package io.certbadge.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;

/**
 * Builds certification records from the fixtures in {@code fixtures/records/}, each with its own
 * recordId and e-mail address so tests never share data.
 */
public final class Records {

    public static final String PARTNER = "partner-with-assessment";
    public static final String INTERNAL_NO_ASSESSMENT = "internal-without-assessment";
    public static final String TTT_WITH_DID = "ttt-customer-with-did";
    public static final String SUBCONTRACTOR_EXPIRING = "subcontractor-with-expiry";
    public static final String[] ALL = {PARTNER, INTERNAL_NO_ASSESSMENT, TTT_WITH_DID, SUBCONTRACTOR_EXPIRING};

    private static final ObjectMapper JSON = new ObjectMapper();

    private Records() {
    }

    /** A valid record of the given fixture kind, with a fresh recordId and e-mail address. */
    public static ObjectNode valid(String kind) {
        ObjectNode record = load(kind);
        String unique = UUID.randomUUID().toString();
        record.put("recordId", "T-" + unique);
        ((ObjectNode) record.get("candidate")).put("email", "trainer-" + unique + "@example.com");
        return record;
    }

    public static ObjectNode valid() {
        return valid(PARTNER);
    }

    public static ObjectNode tasks(ObjectNode record) {
        return (ObjectNode) record.get("tasks");
    }

    public static ObjectNode task(ObjectNode record, String task) {
        return (ObjectNode) tasks(record).get(task);
    }

    public static ObjectNode candidate(ObjectNode record) {
        return (ObjectNode) record.get("candidate");
    }

    public static void ratings(ObjectNode record, String task, String field, int... ratings) {
        ArrayNode array = task(record, task).putArray(field);
        for (int r : ratings) {
            array.add(r);
        }
    }

    public static String email(ObjectNode record) {
        return candidate(record).get("email").asText();
    }

    private static ObjectNode load(String kind) {
        try (InputStream in = Records.class.getResourceAsStream("/fixtures/records/" + kind + ".json")) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
