package io.certbadge.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates hostile input from a seed: valid records and credentials bent one way or several
 * (a field removed, retyped, doubled, made huge, unknown, full of control characters), broken
 * JSON, random bytes, JWT-shaped junk, image-shaped junk, broken forms, odd headers. The same
 * seed gives the same inputs, so a failure names the seed that reproduces it.
 */
final class HostileInput {

    record Request(String method, String path, String contentType, byte[] body, Map<String, String> headers) {

        String describe() {
            String shown = new String(body, 0, Math.min(body.length, 160), StandardCharsets.ISO_8859_1)
                    .replaceAll("[^\\x20-\\x7e]", "?");
            return method + " " + path + " [" + contentType + ", " + body.length + " bytes] " + headers + " " + shown;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] NASTY_TEXT = {"", " ", "\u0000", "A\u0000B\u202Eevil\u200B", "\u200B\u200B",
            "\uD800", "\uFFFF", "💥".repeat(50), "' OR 1=1 --", "<script>alert(1)</script>", "${jndi:ldap://x/a}",
            "%s%n%x", "\\u0000", "null", "NaN", "-1", "9".repeat(400), "x".repeat(5000), "\r\n\r\nX-Injected: 1",
            "../../etc/passwd", "Zoe\u0301", "\u0301\u0301", "Ada\u2028Lovelace", "\uE000"};
    /** Reasons no revocation may be recorded with. */
    private static final String[] BAD_REASONS = {"", " ", "\u0000", "A\u0000B\u202Eevil\u200B", "\u200B\u200B",
            "Ada\u2028Lovelace", "\uE000", "\r\n\r\nX-Injected: 1", "x".repeat(501), "\u0301\u0301", "Fraud\u202E",
            "\t", "reason\u0007"};
    private static final String[] CONTENT_TYPES = {"application/json", "application/json; charset=utf-16",
            "application/vc+jwt", "text/plain", "application/ld+json", "image/png", "image/svg+xml",
            "application/octet-stream", "multipart/form-data; boundary=zz", "application/x-www-form-urlencoded",
            "text/html", "application/json;;;", "*/*", "application/json; charset=bogus", ""};
    private static final String[] ACCEPTS = {"application/json", "*/*", "", "image/gif", "application/json;q=abc",
            "text/*;q=0.5, application/problem+json", "application/vc+jwt", ";;;", "x".repeat(3000)};

    private final Random random;
    private final ObjectNode record;
    private final String credentialJson;
    private final String credentialJwt;
    private final byte[] badge;
    private final String issuerKey;
    private final String revokerKey;
    private final String credentialId;

    HostileInput(long seed, ObjectNode record, String credentialId, String credentialJson, String credentialJwt,
                 byte[] badge, String issuerKey, String revokerKey) {
        this.random = new Random(seed);
        this.record = record;
        this.credentialId = credentialId;
        this.credentialJson = credentialJson;
        this.credentialJwt = credentialJwt;
        this.badge = badge;
        this.issuerKey = issuerKey;
        this.revokerKey = revokerKey;
    }

    Request next() {
        return switch (random.nextInt(10)) {
            case 0, 1, 2 -> issue();
            case 3 -> revoke();
            case 4, 5 -> verifyJson();
            case 6 -> verifyJwt();
            case 7 -> verifyImage();
            case 8 -> upload();
            default -> anything();
        };
    }

    private Request issue() {
        byte[] body = random.nextInt(8) == 0 ? junk() : utf8(poisoned(record.deepCopy()));
        String type = random.nextInt(6) == 0 ? pick(CONTENT_TYPES) : "application/json";
        return new Request("POST", "/api/v1/credentials", type, body, headers(bearer(issuerKey)));
    }

    private Request revoke() {
        String id = switch (random.nextInt(4)) {
            case 0 -> credentialId;
            case 1 -> "AAAAAAAAAAAAAAAAAAAAAA";
            // at most a few hundred characters: past Vert.x's 4 KiB request line the HTTP codec itself
            // answers 414 before any application code runs (and Quarkus offers no hook to shape it)
            case 2 -> encodePath(shortNasty());
            default -> credentialId + "x";
        };
        // every body here must be refused, so that nothing is ever revoked: a reason that is no
        // readable text, of the wrong type, too long, or a body that is no revocation request
        ObjectNode body = JSON.createObjectNode();
        JsonNode reason = value();
        body.set("reason", reason.isTextual() ? JSON.getNodeFactory().textNode(pick(BAD_REASONS)) : reason);
        if (random.nextInt(3) == 0) {
            body.set(pick(NASTY_TEXT), value());
        }
        byte[] bytes = random.nextInt(5) == 0 ? junk() : utf8(body.toString());
        if (random.nextInt(6) == 0) {
            bytes = utf8("{\"reason\":\"Survey results could not be confirmed\",\"reason\":\"x\"}");
        }
        return new Request("POST", "/api/v1/credentials/" + id + "/revocation", "application/json", bytes,
                headers(bearer(revokerKey)));
    }

    private Request verifyJson() {
        byte[] body;
        if (random.nextInt(4) == 0) {
            body = utf8(truncate(credentialJson));
        } else {
            try {
                body = utf8(mutate((ObjectNode) JSON.readTree(credentialJson)));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return new Request("POST", "/verify", random.nextInt(5) == 0 ? pick(CONTENT_TYPES) : "application/json", body,
                headers(null));
    }

    private Request verifyJwt() {
        String[] parts = credentialJwt.split("\\.");
        String jwt = switch (random.nextInt(7)) {
            case 0 -> parts[0] + "." + parts[1];
            case 1 -> parts[0] + "." + b64(pick(NASTY_TEXT)) + "." + parts[2];
            case 2 -> b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".";
            case 3 -> b64("{\"alg\":\"ES256\",\"kid\":\"" + pick(NASTY_TEXT).replace("\"", "") + "\"}") + "." + parts[1] + "." + parts[2];
            case 4 -> parts[0] + "." + parts[1] + "." + parts[2].substring(0, parts[2].length() / 2);
            case 5 -> new String(junk(), StandardCharsets.ISO_8859_1);
            default -> b64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + b64(mutate(JSON.createObjectNode()
                    .put("x", 1))) + "." + b64("sig");
        };
        return new Request("POST", "/verify", random.nextBoolean() ? "application/vc+jwt" : "text/plain", utf8(jwt),
                headers(null));
    }

    private Request verifyImage() {
        byte[] body = random.nextInt(3) == 0 ? junk() : corrupt(badge);
        if (random.nextInt(4) == 0) {
            body = utf8("<svg xmlns=\"http://www.w3.org/2000/svg\"><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>&e;"
                    + pick(NASTY_TEXT) + "</svg>");
        }
        return new Request("POST", "/verify", random.nextBoolean() ? "image/png" : "image/svg+xml", body, headers(null));
    }

    private Request upload() {
        String boundary = random.nextInt(5) == 0 ? pick(NASTY_TEXT).replaceAll("[\\r\\n\";]", "") : "zz" + random.nextInt(1000);
        StringBuilder form = new StringBuilder();
        int parts = random.nextInt(3);
        for (int i = 0; i <= parts; i++) {
            form.append("--").append(boundary).append("\r\n");
            if (random.nextBoolean()) {
                form.append("Content-Disposition: form-data; name=\"file\"; filename=\"").append(pick(NASTY_TEXT)
                        .replace("\"", "")).append("\"\r\nContent-Type: ").append(pick(CONTENT_TYPES)).append("\r\n\r\n");
                form.append(new String(random.nextBoolean() ? corrupt(badge) : junk(), StandardCharsets.ISO_8859_1));
            } else {
                form.append("Content-Disposition: form-data; name=\"jwt\"\r\n\r\n").append(pick(NASTY_TEXT));
            }
            form.append("\r\n");
        }
        if (random.nextInt(3) > 0) {
            form.append("--").append(boundary).append("--\r\n");
        }
        byte[] body = form.toString().getBytes(StandardCharsets.ISO_8859_1);
        if (random.nextInt(4) == 0) {
            body = java.util.Arrays.copyOf(body, random.nextInt(body.length + 1));
        }
        return new Request("POST", "/verify", "multipart/form-data; boundary=" + boundary, body,
                headers(null, "Accept", "application/json"));
    }

    private Request anything() {
        String[] paths = {"/api/v1/credentials", "/verify", "/api/v1/credentials/" + credentialId + "/revocation",
                "/api/v1/credentials/batch", "/verify/" + credentialId, "/credentials/verify", "/presentations/verify"};
        return new Request(random.nextInt(5) == 0 ? "PUT" : "POST", pick(paths), pick(CONTENT_TYPES), junk(),
                headers(random.nextBoolean() ? bearer(issuerKey) : pick(NASTY_TEXT)));
    }

    /**
     * A record bent at random and then made invalid for sure (else a lucky bend, such as dropping
     * an optional field, would be a valid record and rightly issued).
     */
    private String poisoned(ObjectNode record) {
        bend(record);
        switch (random.nextInt(6)) {
            case 0 -> record.set("fuzz" + random.nextInt(100), value());
            case 1 -> record.remove(pick(new String[] {"recordId", "achievement", "candidate", "tasks", "completedOn"}));
            case 2 -> record.put("completedOn", "2999-0" + (1 + random.nextInt(9)) + "-01");
            case 3 -> object(object(record, "tasks"), "subsetDelivery").putArray("observationRatings").add(4.5);
            case 4 -> object(record, "candidate").put("name", pick(BAD_REASONS));
            default -> object(record, "candidate").put("type", pick(NASTY_TEXT));
        }
        return serialise(record);
    }

    /** The object under {@code field}, made one if a bend left something else there. */
    private static ObjectNode object(ObjectNode parent, String field) {
        return parent.get(field) instanceof ObjectNode child ? child : parent.putObject(field);
    }

    /** One to three changes to a JSON object, anywhere in its tree, then maybe a duplicate key. */
    private String mutate(ObjectNode root) {
        bend(root);
        return serialise(root);
    }

    private void bend(ObjectNode root) {
        int changes = 1 + random.nextInt(3);
        for (int i = 0; i < changes; i++) {
            ObjectNode target = randomObject(root);
            List<String> names = new ArrayList<>();
            target.fieldNames().forEachRemaining(names::add);
            String field = names.isEmpty() ? "x" : names.get(random.nextInt(names.size()));
            switch (random.nextInt(7)) {
                case 0 -> target.remove(field);
                case 1 -> target.set(field, value());
                case 2 -> target.set(pick(NASTY_TEXT), value());
                case 3 -> target.put(field, pick(NASTY_TEXT));
                case 4 -> target.set(field, JSON.createArrayNode().add(value()).add(value()));
                case 5 -> target.put(field, random.nextInt(3) == 0 ? 5.9 : -random.nextInt());
                default -> target.putNull(field);
            }
        }
    }

    private String serialise(ObjectNode root) {
        String json = root.toString();
        if (random.nextInt(6) == 0 && json.length() > 2) {
            int at = json.indexOf(',');
            if (at > 0) {
                // a duplicate of the first key, which Jackson's tree cannot hold
                String first = json.substring(1, at);
                json = "{" + first + "," + json.substring(1);
            }
        }
        return json;
    }

    private ObjectNode randomObject(ObjectNode root) {
        ObjectNode current = root;
        for (int depth = random.nextInt(4); depth > 0; depth--) {
            List<ObjectNode> children = new ArrayList<>();
            Iterator<JsonNode> elements = current.elements();
            while (elements.hasNext()) {
                JsonNode child = elements.next();
                if (child instanceof ObjectNode object) {
                    children.add(object);
                } else if (child instanceof ArrayNode array && array.size() > 0 && array.get(0) instanceof ObjectNode o) {
                    children.add(o);
                }
            }
            if (children.isEmpty()) {
                break;
            }
            current = children.get(random.nextInt(children.size()));
        }
        return current;
    }

    private JsonNode value() {
        return switch (random.nextInt(9)) {
            case 0 -> JSON.getNodeFactory().numberNode(random.nextLong());
            case 1 -> JSON.getNodeFactory().numberNode(random.nextDouble() * 10);
            case 2 -> JSON.getNodeFactory().booleanNode(random.nextBoolean());
            case 3 -> JSON.getNodeFactory().nullNode();
            case 4 -> JSON.createArrayNode().add(pick(NASTY_TEXT));
            case 5 -> JSON.createObjectNode().put(pick(NASTY_TEXT), pick(NASTY_TEXT));
            case 6 -> JSON.getNodeFactory().textNode("2026-13-45");
            case 7 -> JSON.getNodeFactory().numberNode(new java.math.BigDecimal("1e400"));
            default -> JSON.getNodeFactory().textNode(pick(NASTY_TEXT));
        };
    }

    private byte[] junk() {
        int size = switch (random.nextInt(10)) {
            case 0 -> 0;
            case 1 -> 300 * 1024 + random.nextInt(1024);
            default -> random.nextInt(2048);
        };
        byte[] bytes = new byte[size];
        random.nextBytes(bytes);
        if (size > 8 && random.nextBoolean()) {
            System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 0, bytes, 0, 8);
        }
        return bytes;
    }

    private byte[] corrupt(byte[] original) {
        byte[] copy = original.clone();
        for (int i = 1 + random.nextInt(20); i > 0; i--) {
            copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        return random.nextInt(3) == 0 ? java.util.Arrays.copyOf(copy, random.nextInt(copy.length)) : copy;
    }

    private String truncate(String text) {
        return text.substring(0, random.nextInt(text.length()));
    }

    private Map<String, String> headers(String authorization, String... more) {
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        if (authorization != null) {
            headers.put("Authorization", authorization);
        }
        if (random.nextInt(4) == 0) {
            headers.put("Accept", pick(ACCEPTS));
        }
        if (random.nextInt(8) == 0) {
            headers.put("X-Request-Id", pick(NASTY_TEXT).replaceAll("[\\r\\n]", ""));
        }
        for (int i = 0; i < more.length; i += 2) {
            headers.put(more[i], more[i + 1]);
        }
        return headers;
    }

    private String bearer(String key) {
        return switch (random.nextInt(8)) {
            case 0 -> "Bearer " + pick(NASTY_TEXT).replaceAll("[\\r\\n]", "");
            case 1 -> "Basic " + key;
            case 2 -> "Bearer";
            default -> "Bearer " + key;
        };
    }

    private String shortNasty() {
        String text = pick(NASTY_TEXT);
        return text.length() > 200 ? text.substring(0, 200) : text;
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(utf8(text));
    }

    private static String encodePath(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
