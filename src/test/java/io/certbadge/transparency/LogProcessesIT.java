package io.certbadge.transparency;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.certbadge.support.Records;
import io.certbadge.support.ServiceProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two instances of the packaged service on one database, issuing concurrently; then the one that
 * holds the log lock is killed with SIGKILL in the middle of a batch and started again. The log
 * must stay one tree: every acknowledged credential in it once, no index skipped, and every
 * checkpoint ever served (watched from outside all along) a prefix of the final tree.
 * On PostgreSQL (jar built with -Dquarkus.profile=pg) the kill waits until the victim is seen
 * holding the lock; on H2 (AUTO_SERVER, the first instance hosts the database) the second
 * instance is killed while a backlog drains.
 */
class LogProcessesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CREDENTIALS = 40;
    private static final int BACKLOG = 3000;

    @TempDir
    Path dir;

    private final List<ServiceProcess> services = new ArrayList<>();
    private final Set<String> checkpointsSeen = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean watching = new AtomicBoolean(true);

    @AfterEach
    void stopAll() throws Exception {
        watching.set(false);
        for (ServiceProcess service : services) {
            service.close();
        }
    }

    @Test
    void shouldKeepOneConsistentTreeAcrossInstancesAndAKillDashNineMidBatch() throws Exception {
        int portA = ServiceProcess.freePort();
        int portB = ServiceProcess.freePort();
        ServiceProcess.Deployment deployment = ServiceProcess.Deployment.create(dir, portA);
        Map<String, String> smallBatches = Map.of("certbadge.log.batch-size", "100");
        ServiceProcess a = ServiceProcess.start("a", portA, deployment, smallBatches);
        services.add(a);
        a.awaitReady(Duration.ofMinutes(3));
        ServiceProcess b = ServiceProcess.start("b", portB, deployment, smallBatches);
        services.add(b);
        b.awaitReady(Duration.ofMinutes(3));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        pool.submit(() -> watch(List.of(a, b)));

        List<byte[]> acknowledged = Collections.synchronizedList(new ArrayList<>());
        issueConcurrently(pool, List.of(a, b), deployment.apiKey(), CREDENTIALS, acknowledged);
        awaitInTree(a, acknowledged, Duration.ofSeconds(60));

        List<byte[]> backlog = appendBacklog(deployment, BACKLOG);
        Future<?> moreIssuing = pool.submit(() -> issueConcurrently(pool, List.of(a, b), deployment.apiKey(), 20, acknowledged));
        ServiceProcess victim = deployment.postgres() ? awaitLockHolder(deployment, a, b) : b;
        victim.kill();
        System.out.printf("LogProcessesIT: %s, killed %s with SIGKILL%s%n", deployment.postgres() ? "PostgreSQL" : "H2",
                victim.name(), deployment.postgres() ? " while it held the log lock" : " while the backlog drained");
        ServiceProcess survivor = victim == a ? b : a;
        moreIssuing.get(5, TimeUnit.MINUTES);
        victim.restart();
        victim.awaitReady(Duration.ofMinutes(3));

        List<byte[]> expected = new ArrayList<>(acknowledged);
        expected.addAll(backlog);
        List<byte[]> entries = awaitInTree(survivor, expected, Duration.ofMinutes(3));
        watching.set(false);
        pool.shutdown();

        assertEquals(entries.size(), hexes(entries).size(), "no leaf appears twice in the tree");
        assertNoPendingAndNoGap(deployment, entries.size());
        assertEveryCheckpointIsAPrefix(deployment, entries);
        System.out.printf("LogProcessesIT: tree size %d, %d acknowledged credentials and %d backlog leaves in it once"
                + " each, %d distinct checkpoints seen from outside%n", entries.size(), acknowledged.size(), backlog.size(),
                checkpointsSeen.size());
        String finalA = a.get("/log/checkpoint").body();
        assertEquals(finalA, b.get("/log/checkpoint").body(), "both instances serve the same checkpoint");
    }

    /** Polls both instances' checkpoints, as a watcher outside would, and keeps every one it saw. */
    private void watch(List<ServiceProcess> instances) {
        while (watching.get()) {
            for (ServiceProcess instance : instances) {
                try {
                    HttpResponse<String> response = instance.get("/log/checkpoint");
                    if (response.statusCode() == 200) {
                        checkpointsSeen.add(response.body());
                    }
                } catch (Exception e) {
                    // the instance is down (killed on purpose) or busy: the next round will see it
                }
            }
            sleep(100);
        }
    }

    private static void issueConcurrently(ExecutorService pool, List<ServiceProcess> instances, String apiKey, int count,
                                          List<byte[]> acknowledged) {
        List<Future<?>> issuing = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ServiceProcess target = instances.get(i % instances.size());
            issuing.add(pool.submit(() -> {
                HttpResponse<String> response = target.post("/api/v1/credentials", apiKey, Records.valid().toString());
                if (response.statusCode() == 201) {
                    String jwt = JSON.readTree(response.body()).path("credentialJwt").asText();
                    acknowledged.add(TransparencyLog.leafData(jwt));
                } else if (target.alive()) {
                    throw new AssertionError(target.name() + " answered " + response.statusCode() + ": " + response.body());
                }
                return null;
            }));
        }
        for (Future<?> f : issuing) {
            try {
                f.get(5, TimeUnit.MINUTES);
            } catch (Exception e) {
                // an instance killed on purpose drops its requests: those were never acknowledged
                if (!(e.getCause() instanceof java.io.IOException)) {
                    throw new AssertionError(e);
                }
            }
        }
    }

    /** Pending leaves written straight into the table, so that the sequencer has a long run of batches. */
    private static List<byte[]> appendBacklog(ServiceProcess.Deployment deployment, int count) throws Exception {
        List<byte[]> leaves = new ArrayList<>();
        Random random = new Random();
        try (Connection db = connect(deployment);
             PreparedStatement insert = db.prepareStatement(
                     "insert into log_leaf (leaf_data, appended_at) values (?, current_timestamp)")) {
            for (int i = 0; i < count; i++) {
                byte[] leaf = new byte[32];
                random.nextBytes(leaf);
                insert.setBytes(1, leaf);
                insert.addBatch();
                leaves.add(leaf);
            }
            insert.executeBatch();
        }
        return leaves;
    }

    /**
     * The instance whose connection holds the row lock on log_state, inside a batch right now: a
     * lock on the table and a transaction id (locking the row writes it; a sequencer that skipped
     * the locked row has none).
     */
    private static ServiceProcess awaitLockHolder(ServiceProcess.Deployment deployment, ServiceProcess a, ServiceProcess b)
            throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        try (Connection db = connect(deployment);
             PreparedStatement holder = db.prepareStatement("select a.application_name from pg_locks l"
                     + " join pg_stat_activity a on a.pid = l.pid where l.relation = 'log_state'::regclass"
                     + " and l.mode = 'RowShareLock' and l.granted and exists (select 1 from pg_locks x where x.pid = l.pid"
                     + " and x.locktype = 'transactionid' and x.granted)")) {
            while (Instant.now().isBefore(deadline)) {
                try (ResultSet rows = holder.executeQuery()) {
                    if (rows.next()) {
                        return rows.getString(1).equals("certbadge-a") ? a : b;
                    }
                }
            }
        }
        throw new AssertionError("no instance was seen inside a batch");
    }

    private List<byte[]> awaitInTree(ServiceProcess instance, List<byte[]> leaves, Duration timeout) throws Exception {
        Set<String> wanted = hexes(leaves);
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            String note = instance.get("/log/checkpoint").body();
            long size = Long.parseLong(note.split("\n")[1]);
            List<byte[]> entries = entries(instance, size);
            if (hexes(entries).containsAll(wanted)) {
                return entries;
            }
            if (Instant.now().isAfter(deadline)) {
                Set<String> missing = new HashSet<>(wanted);
                missing.removeAll(hexes(entries));
                throw new AssertionError(missing.size() + " acknowledged leaves are not in the tree of size " + size);
            }
            sleep(500);
        }
    }

    private static List<byte[]> entries(ServiceProcess instance, long size) throws Exception {
        List<byte[]> leaves = new ArrayList<>();
        for (long bundle = 0; bundle * 256 < size; bundle++) {
            int width = TileName.widthAt(0, bundle, size);
            HttpResponse<byte[]> response = ServiceProcess.HTTP.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(instance.base() + "/log/" + TileName.entries(bundle, width).path())).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, response.statusCode());
            byte[] bytes = response.body();
            for (int at = 0; at < bytes.length; at += 34) {
                leaves.add(java.util.Arrays.copyOfRange(bytes, at + 2, at + 34));
            }
        }
        return leaves;
    }

    private static void assertNoPendingAndNoGap(ServiceProcess.Deployment deployment, long size) throws Exception {
        try (Connection db = connect(deployment);
             ResultSet rows = db.createStatement().executeQuery("select count(*), count(leaf_index), max(leaf_index),"
                     + " count(distinct leaf_index) from log_leaf")) {
            rows.next();
            assertEquals(rows.getLong(1), rows.getLong(2), "no leaf left pending");
            assertEquals(size, rows.getLong(2), "one leaf per index below the tree size");
            assertEquals(size - 1, rows.getLong(3), "no index skipped");
            assertEquals(size, rows.getLong(4), "no index given twice");
        }
    }

    /** Every checkpoint served to the watcher and every one signed (table) is the root of a prefix of the final tree. */
    private void assertEveryCheckpointIsAPrefix(ServiceProcess.Deployment deployment, List<byte[]> entries)
            throws Exception {
        Rfc9162Reference reference = new Rfc9162Reference(entries);
        assertTrue(checkpointsSeen.size() > 2, "the watcher saw the tree grow");
        for (String note : checkpointsSeen) {
            String[] lines = note.split("\n");
            int size = Integer.parseInt(lines[1]);
            assertTrue(MessageDigest.isEqual(reference.mth(0, size), Base64.getDecoder().decode(lines[2])),
                    "served checkpoint of size " + size + " is a prefix of the final tree");
        }
        try (Connection db = connect(deployment);
             ResultSet rows = db.createStatement().executeQuery("select tree_size, root_hash from log_checkpoint order by id")) {
            long previous = 0;
            while (rows.next()) {
                long size = rows.getLong(1);
                assertTrue(size >= previous, "checkpoint sizes never go down");
                assertTrue(MessageDigest.isEqual(reference.mth(0, (int) size), rows.getBytes(2)),
                        "signed checkpoint of size " + size + " is a prefix of the final tree");
                previous = size;
            }
        }
    }

    private static Set<String> hexes(List<byte[]> leaves) {
        Set<String> out = new HashSet<>();
        for (byte[] leaf : leaves) {
            out.add(HexFormat.of().formatHex(leaf));
        }
        return out;
    }

    private static Connection connect(ServiceProcess.Deployment deployment) throws Exception {
        return DriverManager.getConnection(deployment.jdbcUrl(), deployment.jdbcUser(),
                deployment.postgres() ? System.getenv().getOrDefault("CERTBADGE_PG_PASSWORD", "") : "");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
