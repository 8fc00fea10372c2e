package io.certbadge.transparency;

import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Reads the log over HTTP as an outside client does: verified checkpoint, entry bundles, tiles. */
final class PublishedLog {

    private PublishedLog() {
    }

    record Head(String origin, long size, byte[] root, String note) {
    }

    static IndependentNotes.VerifierKey key() throws GeneralSecurityException {
        return IndependentNotes.parseKey(given().when().get("/log/key").then().statusCode(200).extract().asString());
    }

    /** The current checkpoint, once its signature verifies with the published key. */
    static Head head() throws GeneralSecurityException {
        String note = given().when().get("/log/checkpoint").then().statusCode(200).extract().asString();
        String[] lines = IndependentNotes.open(note, key()).split("\n");
        return new Head(lines[0], Long.parseLong(lines[1]), Base64.getDecoder().decode(lines[2]), note);
    }

    static byte[] get(String path) {
        return given().when().get("/log/" + path).then().statusCode(200).extract().asByteArray();
    }

    /** Every leaf's data in a tree of {@code size}, from the entry bundles (full ones, then the partial one). */
    static List<byte[]> entries(long size) {
        List<byte[]> leaves = new ArrayList<>();
        for (long bundle = 0; bundle * 256 < size; bundle++) {
            long width = Math.min(256, size - bundle * 256);
            byte[] bytes = get("tile/entries/" + TileName.encodeIndex(bundle) + (width == 256 ? "" : ".p/" + width));
            assertEquals(width * 34, bytes.length, "bundle " + bundle);
            for (int at = 0; at < bytes.length; at += 34) {
                assertEquals(0, bytes[at], "length, high byte");
                assertEquals(32, bytes[at + 1], "length, low byte");
                leaves.add(Arrays.copyOfRange(bytes, at + 2, at + 34));
            }
        }
        return leaves;
    }
}
