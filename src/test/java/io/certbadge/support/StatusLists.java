package io.certbadge.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSObject;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.text.ParseException;
import java.util.Base64;
import java.util.zip.GZIPInputStream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reads a served status list the way W3C Bitstring Status List v1.0 §3.2 tells any verifier to,
 * written here without our {@code Bitstring} class: verify the VC-JWT with the JWK at its kid,
 * take {@code encodedList}, drop the multibase 'u', base64url-decode, gunzip, read the bit with
 * index 0 as the most significant bit of the first byte.
 */
public final class StatusLists {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A fetched, signature-checked list: its payload and the uncompressed bitstring. */
    public record Decoded(JsonNode payload, byte[] bits) {

        public int bit(int index) {
            return (bits[index / 8] >> (7 - index % 8)) & 1;
        }
    }

    private StatusLists() {
    }

    /** The credential's status entry: {@code [statusListCredential URL, index]}. */
    public static Entry entryOf(String credentialId) {
        JsonNode status;
        try {
            status = JSON.readTree(given().when().get("/credentials/" + credentialId)
                    .then().statusCode(200).extract().asString()).get("credentialStatus");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Entry(status.get("statusListCredential").asText(), Integer.parseInt(status.get("statusListIndex").asText()));
    }

    public record Entry(String listUrl, int index) {

        public String path() {
            return URI.create(listUrl).getPath();
        }
    }

    public static Decoded fetch(String listUrl) {
        // as a third-party verifier fetches it: no particular Accept header (REST Assured sends */*)
        String jwt = given().when().get(URI.create(listUrl).getPath())
                .then().statusCode(200).contentType("application/vc+jwt").extract().asString();
        return decode(jwt);
    }

    public static Decoded decode(String jwt) {
        assertTrue(PublishedKeys.verifies(jwt), "the status list VC-JWT verifies with the JWK at its kid");
        JsonNode payload;
        try {
            payload = JSON.readTree(JWSObject.parse(jwt).getPayload().toString());
        } catch (ParseException | IOException e) {
            throw new AssertionError("not a JWS with a JSON payload: " + jwt, e);
        }
        String encoded = payload.path("credentialSubject").path("encodedList").asText();
        assertEquals('u', encoded.charAt(0), "multibase base64url prefix");
        byte[] compressed = Base64.getUrlDecoder().decode(encoded.substring(1));
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return new Decoded(payload, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
