package io.certbadge.common;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns a JSON reading failure into a 400 that names the field and says what was wrong in our
 * words: never Jackson's message, which quotes class names and the input back.
 */
public final class JsonProblems {

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.{0,100})'");

    private JsonProblems() {
    }

    /** {@code what} starts the detail: "The request body", "The credential". */
    public static ProblemException malformed(String what, JsonProcessingException e) {
        // Jackson reports a duplicate inside an object as a mapping error of that object: look deeper
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            Matcher duplicate = cause instanceof JsonProcessingException jpe
                    ? DUPLICATE.matcher(String.valueOf(jpe.getOriginalMessage())) : null;
            if (duplicate != null && duplicate.find()) {
                String field = parentPath((JsonProcessingException) cause) + duplicate.group(1);
                return problem(what + ": field '" + field + "' appears twice.", field, "duplicate key");
            }
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = path(mapping.getPath());
            String message = e instanceof UnrecognizedPropertyException ? "unknown property"
                    : e instanceof MismatchedInputException mismatch ? expected(mismatch.getTargetType())
                    : "wrong type or format";
            return problem(what + ": field '" + field + "': " + message + ".", field, message);
        }
        if (e instanceof StreamConstraintsException) {
            return new ProblemException(ProblemType.MALFORMED_REQUEST, what + " is nested or sized beyond what is read.");
        }
        return new ProblemException(ProblemType.MALFORMED_REQUEST, what + " is not valid JSON" + at(e.getLocation()) + ".");
    }

    private static ProblemException problem(String detail, String field, String message) {
        return new ProblemException(ProblemType.MALFORMED_REQUEST, detail, List.of(new Problem.FieldError(field, message)));
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "wrong type or format";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "must be a whole number";
        }
        if (type == String.class) {
            return "must be a string";
        }
        if (type == LocalDate.class) {
            return "must be a date (YYYY-MM-DD)";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be an array";
        }
        return type.isRecord() ? "must be an object" : "wrong type or format";
    }

    private static String path(List<JsonMappingException.Reference> path) {
        return path.stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    /** Where the duplicate sits: the path of the object holding it, as "a.b[2]." (empty at the top). */
    private static String parentPath(JsonProcessingException e) {
        if (!(e.getProcessor() instanceof JsonParser parser) || parser.getParsingContext() == null) {
            return "";
        }
        Deque<String> steps = new ArrayDeque<>();
        for (JsonStreamContext c = parser.getParsingContext().getParent(); c != null && !c.inRoot(); c = c.getParent()) {
            steps.addFirst(c.inArray() ? "[" + c.getCurrentIndex() + "]" : "." + c.getCurrentName());
        }
        String path = String.join("", steps);
        return path.isEmpty() ? "" : path.substring(path.startsWith(".") ? 1 : 0) + ".";
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
