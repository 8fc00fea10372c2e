package io.certbadge.transparency;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Several sequencers competing through the database (besides the scheduled one) while issuers
 * append: still one tree, every leaf exactly once, no index skipped.
 */
@QuarkusTest
class SequencerConcurrencyTest {

    private static final int APPENDERS = 4;
    private static final int LEAVES_EACH = 60;

    @Inject
    TransparencyLog log;

    @Inject
    LogIntegration integration;

    @Inject
    LogSequencer sequencer;

    @Inject
    LogLeafRepository leaves;

    @Test
    void shouldBuildOneTreeWithEveryLeafOnceWhenSequencersCompete() throws Exception {
        long before = PublishedLog.head().size();
        List<byte[]> appended = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean appending = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(APPENDERS + 2);
        List<Future<?>> appenders = new ArrayList<>();
        for (int a = 0; a < APPENDERS; a++) {
            Random random = new Random();
            appenders.add(pool.submit(() -> {
                for (int i = 0; i < LEAVES_EACH; i++) {
                    byte[] leaf = LogResourceTest.randomLeaf(random);
                    QuarkusTransaction.requiringNew().run(() -> log.append(leaf));
                    appended.add(leaf);
                }
            }));
        }
        List<Future<Integer>> sequencers = new ArrayList<>();
        for (int s = 0; s < 2; s++) {
            sequencers.add(pool.submit(() -> {
                int integrated = 0;
                while (appending.get()) {
                    integrated += integration.integrate(false).integrated();
                }
                return integrated;
            }));
        }
        for (Future<?> appender : appenders) {
            appender.get(5, TimeUnit.MINUTES);
        }
        appending.set(false);
        for (Future<Integer> competing : sequencers) {
            competing.get(1, TimeUnit.MINUTES); // rethrows if a sequencer failed (e.g. an index given twice)
        }
        pool.shutdown();
        sequencer.integrateNow();

        PublishedLog.Head head = PublishedLog.head();
        List<byte[]> entries = PublishedLog.entries(head.size());
        Map<String, Integer> seen = new HashMap<>();
        for (byte[] entry : entries) {
            seen.merge(HexFormat.of().formatHex(entry), 1, Integer::sum);
        }
        assertEquals(entries.size(), seen.size(), "no leaf appears twice in the tree");
        for (byte[] leaf : appended) {
            assertEquals(1, seen.getOrDefault(HexFormat.of().formatHex(leaf), 0), "every appended leaf is in the tree");
        }
        assertTrue(head.size() >= before + APPENDERS * LEAVES_EACH);
        long indexed = QuarkusTransaction.requiringNew().call(() -> leaves.count("leafIndex is not null"));
        long highest = QuarkusTransaction.requiringNew().call(() -> leaves.find("order by leafIndex desc nulls last")
                .firstResult().leafIndex);
        assertEquals(head.size(), indexed, "every index below the tree size is given to one leaf");
        assertEquals(head.size() - 1, highest, "no index is skipped");
        assertArrayEquals(new Rfc9162Reference(entries).mth(0, entries.size()), head.root());
    }
}
