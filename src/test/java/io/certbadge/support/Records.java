package io.certbadge.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Builds certification records from the fixtures in {@code fixtures/records/}, each with its own
 * recordId and e-mail address so tests never share data. The fixtures are dated as seen on
 * {@link TestClock#START}; a record is built with every date moved by as many days as the test
 * clock has moved since, so it is as old relative to "today" as the fixture reads, whatever the
 * clock says (the rules reject dates after today).
 */
public final class Records {

    public static final String PARTNER = "partner-with-assessment";
    public static final String INTERNAL_NO_ASSESSMENT = "internal-without-assessment";
    public static final String TTT_WITH_DID = "ttt-customer-with-did";
    public static final String SUBCONTRACTOR_EXPIRING = "subcontractor-with-expiry";
    public static final String[] ALL = {PARTNER, INTERNAL_NO_ASSESSMENT, TTT_WITH_DID, SUBCONTRACTOR_EXPIRING};

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private Records() {
    }

    /** A valid record of the given fixture kind, with a fresh recordId and e-mail address. */
    public static ObjectNode valid(String kind) {
        ObjectNode record = load(kind);
        long days = ChronoUnit.DAYS.between(LocalDate.ofInstant(TestClock.START, ZoneOffset.UTC), TestClock.current().today());
        shiftDates(record, days);
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

    /** A date of the record, e.g. {@code date(record, "completedOn")}. */
    public static LocalDate date(ObjectNode record, String field) {
        return LocalDate.parse(record.get(field).asText());
    }

    /** The date of one task of the record. */
    public static LocalDate taskDate(ObjectNode record, String task) {
        return LocalDate.parse(task(record, task).get("date").asText());
    }

    private static void shiftDates(ObjectNode node, long days) {
        if (days == 0) {
            return;
        }
        for (Iterator<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> field = fields.next();
            if (field.getValue() instanceof ObjectNode child) {
                shiftDates(child, days);
            } else if (field.getValue().isTextual() && DATE.matcher(field.getValue().asText()).matches()) {
                node.put(field.getKey(), LocalDate.parse(field.getValue().asText()).plusDays(days).toString());
            }
        }
    }

    private static ObjectNode load(String kind) {
        try (InputStream in = Records.class.getResourceAsStream("/fixtures/records/" + kind + ".json")) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
