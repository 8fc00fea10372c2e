package io.certbadge.verification;

import io.certbadge.verification.VcApiAnswer.Item;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What W3C VC Data Model 2.0 (and 1.1) requires of the shape of a credential or presentation before
 * its proof means anything: the base context first, the base type, a URL issuer and holder, a
 * subject, well-formed and current validity dates. Errors use the data model's own types.
 */
final class VcDataModel {

    static final String V2 = "https://www.w3.org/ns/credentials/v2";
    static final String V1 = "https://www.w3.org/2018/credentials/v1";
    private static final String ERRORS = "https://www.w3.org/TR/vc-data-model#";
    /** XML Schema dateTimeStamp: the offset is required. */
    private static final Pattern DATE_TIME_STAMP =
            Pattern.compile("-?\\d{4,}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

    private VcDataModel() {
    }

    static List<Item> credential(JsonObject credential, Instant now) {
        List<Item> errors = new ArrayList<>();
        String base = baseContext(credential, "credential", errors);
        type(credential, "VerifiableCredential", "credential", errors);
        optionalUrl(credential.get("id"), "the credential's id", errors);
        JsonValue issuer = credential.get("issuer");
        if (issuer == null) {
            errors.add(malformed("the credential has no issuer"));
        } else if (!isUrl(issuer instanceof JsonObject object ? object.get("id") : issuer)) {
            errors.add(malformed("the issuer must be a URL, or an object whose id is a URL"));
        }
        JsonValue subject = credential.get("credentialSubject");
        if (!(subject instanceof JsonObject) && !(subject instanceof JsonArray subjects && !subjects.isEmpty()
                && subjects.stream().allMatch(JsonObject.class::isInstance))) {
            errors.add(malformed("the credential must have a credentialSubject (an object or a list of them)"));
        }
        typedObjects(credential.get("credentialSchema"), "credentialSchema", true, errors);
        typedObjects(credential.get("refreshService"), "refreshService", false, errors);
        relatedResources(credential.get("relatedResource"), errors);
        boolean v1 = V1.equals(base);
        validity(credential, v1 ? "issuanceDate" : "validFrom", now, true, errors);
        validity(credential, v1 ? "expirationDate" : "validUntil", now, false, errors);
        return errors;
    }

    static List<Item> presentation(JsonObject presentation) {
        List<Item> errors = new ArrayList<>();
        baseContext(presentation, "presentation", errors);
        type(presentation, "VerifiablePresentation", "presentation", errors);
        optionalUrl(presentation.get("id"), "the presentation's id", errors);
        JsonValue holder = presentation.get("holder");
        if (holder != null && !isUrl(holder instanceof JsonObject object ? object.get("id") : holder)) {
            errors.add(malformed("the holder must be a URL, or an object whose id is a URL"));
        }
        JsonValue credentials = presentation.get("verifiableCredential");
        if (credentials != null && !(credentials instanceof JsonObject) && !(credentials instanceof JsonArray array
                && array.stream().allMatch(JsonObject.class::isInstance))) {
            errors.add(malformed("verifiableCredential must be one or more credential objects, not strings or URLs"));
        }
        return errors;
    }

    static Item parsing(String message) {
        return new Item(ERRORS + "PARSING_ERROR", message);
    }

    private static String baseContext(JsonObject document, String what, List<Item> errors) {
        JsonValue context = document.get("@context");
        List<JsonValue> contexts = context instanceof JsonArray array ? array : context == null ? List.of() : List.of(context);
        String first = !contexts.isEmpty() && contexts.get(0) instanceof JsonString url ? url.getString() : null;
        if (!V2.equals(first) && !V1.equals(first)) {
            errors.add(malformed("the " + what + "'s first @context must be " + V2 + " (or " + V1 + ")"));
        }
        if (contexts.stream().skip(1).anyMatch(c -> !(c instanceof JsonString) && !(c instanceof JsonObject))) {
            errors.add(malformed("every further @context of the " + what + " must be a URL or an object"));
        }
        return first;
    }

    private static void type(JsonObject document, String required, String what, List<Item> errors) {
        JsonValue type = document.get("type");
        Set<JsonValue> types = type instanceof JsonArray array ? Set.copyOf(array) : type == null ? Set.of() : Set.of(type);
        if (!types.contains(jakarta.json.Json.createValue(required))) {
            errors.add(malformed("the " + what + "'s type must include " + required));
        }
    }

    /** VC 2.0 §4.11, §5.4: each object has a type, and (a schema) a URL id. */
    private static void typedObjects(JsonValue value, String name, boolean urlId, List<Item> errors) {
        if (value == null) {
            return;
        }
        for (JsonValue each : value instanceof JsonArray array ? array : List.of(value)) {
            if (!(each instanceof JsonObject object) || !object.containsKey("type")) {
                errors.add(malformed("every " + name + " must be an object with a type"));
            } else if (urlId && !isUrl(object.get("id"))) {
                errors.add(malformed("every " + name + " must have a URL id"));
            }
        }
    }

    /** VC 2.0 §5.3: objects with a URL id, unique, each with a digestSRI or digestMultibase. */
    private static void relatedResources(JsonValue value, List<Item> errors) {
        if (value == null) {
            return;
        }
        Set<JsonValue> ids = new java.util.HashSet<>();
        for (JsonValue each : value instanceof JsonArray array ? array : List.of(value)) {
            if (!(each instanceof JsonObject resource) || !isUrl(resource.get("id"))) {
                errors.add(malformed("every relatedResource must be an object with a URL id"));
            } else if (!ids.add(resource.get("id"))) {
                errors.add(malformed("relatedResource names " + resource.get("id") + " twice"));
            } else if (!resource.containsKey("digestSRI") && !resource.containsKey("digestMultibase")) {
                errors.add(malformed("every relatedResource needs a digestSRI or a digestMultibase"));
            }
        }
    }

    private static void optionalUrl(JsonValue id, String what, List<Item> errors) {
        if (id != null && !isUrl(id)) {
            errors.add(malformed(what + " must be a URL"));
        }
    }

    private static void validity(JsonObject credential, String name, Instant now, boolean start, List<Item> errors) {
        JsonValue value = credential.get(name);
        if (value == null) {
            return;
        }
        if (!(value instanceof JsonString date) || !DATE_TIME_STAMP.matcher(date.getString()).matches()) {
            errors.add(malformed(name + " must be an XML Schema dateTimeStamp (with a time zone)"));
            return;
        }
        try {
            Instant instant = OffsetDateTime.parse(date.getString()).toInstant();
            if (start ? instant.isAfter(now) : instant.isBefore(now)) {
                errors.add(new Item(ERRORS + "RANGE_ERROR", start ? "the credential is not valid before " + instant
                        : "the credential expired at " + instant));
            }
        } catch (DateTimeParseException e) {
            errors.add(malformed(name + " is not a date: " + date.getString()));
        }
    }

    private static boolean isUrl(JsonValue value) {
        if (!(value instanceof JsonString string)) {
            return false;
        }
        try {
            return new URI(string.getString()).getScheme() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static Item malformed(String message) {
        return new Item(ERRORS + "MALFORMED_VALUE_ERROR", message);
    }
}
