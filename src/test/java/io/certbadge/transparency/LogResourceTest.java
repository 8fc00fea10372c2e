package io.certbadge.transparency;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class LogResourceTest {

    @Inject
    TransparencyLog log;

    @Inject
    LogSequencer sequencer;

    @Inject
    LogCheckpointRepository checkpoints;

    @ConfigProperty(name = "certbadge.public-base-url")
    String base;

    @Test
    void shouldServeACheckpointSignedByTheNoteKeyNamedAfterTheOrigin() throws Exception {
        String origin = base.replaceFirst("^https?://", "") + "/log";
        String vkey = given().when().get("/log/key").then().statusCode(200)
                .contentType(equalTo("text/plain; charset=utf-8")).extract().asString();
        IndependentNotes.VerifierKey key = IndependentNotes.parseKey(vkey);
        assertEquals(origin, key.name(), "the note key's name is the origin, port included");

        String note = given().when().get("/log/checkpoint").then().statusCode(200)
                .contentType(equalTo("text/plain; charset=utf-8"))
                .header("Cache-Control", "public, max-age=2")
                .extract().asString();
        String[] body = IndependentNotes.open(note, key).split("\n");
        assertEquals(3, body.length, "origin, size, root hash");
        assertEquals(origin, body[0]);
        assertTrue(body[1].matches("0|[1-9][0-9]*"), "decimal size without leading zeroes: " + body[1]);
        assertEquals(32, java.util.Base64.getDecoder().decode(body[2]).length);
    }

    @Test
    void shouldServeTilesAndBundlesFromWhichAnyoneRecomputesTheCheckpointRoot() throws Exception {
        List<byte[]> appended = appendAndIntegrate(300);
        PublishedLog.Head head = PublishedLog.head();
        List<byte[]> leaves = PublishedLog.entries(head.size());
        assertEquals(head.size(), leaves.size());
        for (int i = 0; i < appended.size(); i++) {
            assertArrayEquals(appended.get(i), leaves.get((int) head.size() - appended.size() + i),
                    "appended leaves are the last ones, in order");
        }
        Rfc9162Reference reference = new Rfc9162Reference(leaves);
        assertArrayEquals(reference.mth(0, leaves.size()), head.root(), "MTH of the served entries is the checkpoint's root");

        for (long tile = 0; (tile + 1) * 256 <= head.size(); tile++) {
            byte[] hashes = PublishedLog.get("tile/0/" + TileName.encodeIndex(tile));
            for (int i = 0; i < 256; i++) {
                int leaf = (int) (tile * 256 + i);
                assertArrayEquals(reference.mth(leaf, leaf + 1), Arrays.copyOfRange(hashes, i * 32, i * 32 + 32));
            }
        }
        byte[] level1 = PublishedLog.get("tile/1/000.p/" + head.size() / 256);
        assertArrayEquals(reference.mth(0, 256), Arrays.copyOf(level1, 32), "a level-1 hash is the root of 256 leaves");
    }

    @Test
    void shouldCacheFullTilesForeverAndKeepServingPartialTilesAfterTheyFill() throws Exception {
        appendAndIntegrate(1);
        long size = PublishedLog.head().size();
        long tile = size / 256;
        int width = (int) (size % 256);
        String partial = width == 0 ? null : "tile/0/" + TileName.encodeIndex(tile) + ".p/" + width;
        byte[] before = partial == null ? null : PublishedLog.get(partial);
        appendAndIntegrate(256);
        String full = "tile/0/" + TileName.encodeIndex(tile);
        given().when().get("/log/" + full).then().statusCode(200)
                .contentType(equalTo("application/octet-stream"))
                .header("Cache-Control", "public, max-age=31536000, immutable");
        given().when().get("/log/tile/entries/" + TileName.encodeIndex(tile)).then().statusCode(200)
                .contentType(equalTo("application/octet-stream"))
                .header("Cache-Control", "public, max-age=31536000, immutable");
        if (partial != null) {
            byte[] after = given().when().get("/log/" + partial).then().statusCode(200)
                    .header("Cache-Control", "public, max-age=60").extract().asByteArray();
            assertArrayEquals(before, after, "a partial tile keeps its bytes once the full tile exists");
            assertArrayEquals(before, Arrays.copyOf(PublishedLog.get(full), before.length));
        }
    }

    @Test
    void shouldAnswerProblemJsonForTilesThatDoNotExist() throws Exception {
        long size = PublishedLog.head().size();
        String beyond = TileName.encodeIndex(size / 256 + 1);
        for (String path : List.of("tile/0/" + beyond, "tile/entries/" + beyond, "tile/0/" + beyond + ".p/1",
                "tile/5/000", "tile/0/000.p/0", "tile/0/000.p/256", "tile/0/0", "tile/0/x000/000", "tile/64/000",
                "tile/entries/abc", "tile/0/" + TileName.encodeIndex(size / 256) + ".p/255")) {
            given().when().get("/log/" + path).then().statusCode(404)
                    .contentType(equalTo("application/problem+json"))
                    .body("status", equalTo(404));
        }
    }

    @Test
    void shouldProveInclusionAgainstTheCurrentCheckpoint() throws Exception {
        byte[] leaf = appendAndIntegrate(3).get(1);
        TransparencyLog.Inclusion inclusion = log.inclusion(leaf).orElseThrow();
        PublishedLog.Head head = PublishedLog.head();
        assertEquals(head.size(), inclusion.treeSize());
        assertArrayEquals(head.root(), inclusion.rootHash());
        assertEquals(head.note(), inclusion.checkpoint());
        Rfc9162Reference reference = new Rfc9162Reference(PublishedLog.entries(head.size()));
        List<byte[]> expected = reference.path((int) inclusion.leafIndex(), (int) head.size());
        assertEquals(expected.size(), inclusion.proof().size());
        for (int i = 0; i < expected.size(); i++) {
            assertArrayEquals(expected.get(i), inclusion.proof().get(i), "PATH hash " + i);
        }
        assertTrue(log.inclusion(randomLeaf(new Random())).isEmpty(), "a leaf never appended is not in the log");
    }

    @Test
    void shouldKeepEveryCheckpointEverSignedConsistentWithTheServedTree() throws Exception {
        appendAndIntegrate(5);
        PublishedLog.Head head = PublishedLog.head();
        Rfc9162Reference reference = new Rfc9162Reference(PublishedLog.entries(head.size()));
        List<LogCheckpoint> history = QuarkusTransaction.requiringNew().call(checkpoints::history);
        assertTrue(history.size() >= 2);
        long previous = 0;
        for (LogCheckpoint checkpoint : history) {
            assertTrue(checkpoint.treeSize >= previous, "sizes never shrink");
            assertTrue(MessageDigest.isEqual(reference.mth(0, (int) checkpoint.treeSize), checkpoint.rootHash),
                    "checkpoint " + checkpoint.id + " (size " + checkpoint.treeSize + ") is a prefix of today's tree");
            previous = checkpoint.treeSize;
        }
    }

    private List<byte[]> appendAndIntegrate(int count) {
        Random random = new Random();
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            leaves.add(randomLeaf(random));
        }
        QuarkusTransaction.requiringNew().run(() -> leaves.forEach(log::append));
        sequencer.integrateNow();
        return leaves;
    }

    static byte[] randomLeaf(Random random) {
        byte[] leaf = new byte[32];
        random.nextBytes(leaf);
        return leaf;
    }
}
