package io.certbadge.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.certbadge.common.PublicIds;
import io.certbadge.credential.CredentialRepository;
import io.certbadge.support.ApiKeysForTests;
import io.certbadge.support.Records;
import io.certbadge.support.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Several issuers at once never share a status list entry and never lose a credential.
 *
 * <p>Why this holds across service instances, not only across threads: an index is taken by an
 * INSERT into {@code status_list_entry}, whose primary key is (list, index), with
 * {@code on conflict do nothing}. The database decides: when two transactions insert the same key,
 * PostgreSQL makes the second wait for the first and, once it commits, inserts nothing, so the
 * loser sees 0 rows and probes another index. No in-memory state takes part in the decision, so it
 * does not matter whether the two transactions come from two threads or two JVMs; and the
 * credential table's own unique (list, index) constraint and its foreign key to the entry stop a
 * credential from ever holding an entry it did not reserve. Each thread below works on its own
 * pooled connection and transaction, which is exactly what two instances look like to PostgreSQL.
 *
 * <p>The full 1,000-credential run is for PostgreSQL (the production database, run with
 * {@code -Dquarkus.test.profile=test,pg}); on the embedded H2 a smaller run keeps the suite fast.
 */
@QuarkusTest
class ConcurrentAllocationTest {

    private static final int THREADS = 8;
    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @TestHTTPResource("/api/v1/credentials")
    URI issueUri;

    @Inject
    CredentialRepository credentials;

    @Inject
    StatusListRepository lists;

    @Inject
    StatusListAllocator allocator;

    @Inject
    PublicIds ids;

    private boolean onPostgres() {
        return "postgresql".equals(dbKind);
    }

    @Test
    void shouldIssueFromManyThreadsWithoutSharingAStatusEntryOrLosingACredential() throws Exception {
        int total = onPostgres() ? 1000 : 200;
        String prefix = "CONC-" + UUID.randomUUID() + "-";
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<Callable<JsonNode>> calls = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            ObjectNode record = Records.valid();
            record.put("recordId", prefix + i);
            calls.add(() -> issue(http, record));
        }
        List<JsonNode> issued = runAll(calls);

        Set<String> entries = new HashSet<>();
        for (JsonNode credential : issued) {
            JsonNode status = credential.path("credential").path("credentialStatus");
            entries.add(status.path("statusListCredential").asText() + "#" + status.path("statusListIndex").asText());
        }
        assertEquals(total, issued.size(), "every request succeeded");
        assertEquals(total, entries.size(), "no two credentials share a (list, index)");

        long stored = QuarkusTransaction.requiringNew().call(() -> credentials.count("recordId like ?1", prefix + "%"));
        assertEquals(total, stored, "every 201 is a stored credential, and nothing more");
        List<Object[]> storedEntries = QuarkusTransaction.requiringNew().call(() -> credentials.getEntityManager()
                .createQuery("select c.statusList.id, c.statusListIndex from Credential c where c.recordId like :p",
                        Object[].class)
                .setParameter("p", prefix + "%").getResultList());
        assertEquals(total, storedEntries.stream().map(e -> e[0] + "#" + e[1]).distinct().count(),
                "distinct (list, index) in the database");
    }

    @Test
    void shouldGiveDistinctEntriesToAllocatorsRunningInIndependentTransactions() throws Exception {
        int perThread = onPostgres() ? 50 : 20;
        List<Callable<List<StatusEntry>>> calls = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            calls.add(() -> {
                List<StatusEntry> mine = new ArrayList<>();
                for (int i = 0; i < perThread; i++) {
                    mine.add(QuarkusTransaction.requiringNew().call(allocator::allocate));
                }
                return mine;
            });
        }
        List<StatusEntry> all = runAll(calls).stream().flatMap(List::stream).toList();
        assertEquals(THREADS * perThread, all.size());
        assertEquals(all.size(), all.stream().map(e -> e.statusListDbId() + "#" + e.index()).distinct().count(),
                "each allocation, on its own connection, got its own entry");
    }

    @Test
    void shouldLetExactlyOneOfManyConcurrentTransactionsReserveTheSameIndex() throws Exception {
        StatusList list = QuarkusTransaction.requiringNew().call(this::newClosedList);
        for (int index : new int[] {0, 4_711, StatusList.CAPACITY - 1}) {
            CyclicBarrier start = new CyclicBarrier(THREADS);
            List<Callable<Boolean>> calls = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                calls.add(() -> {
                    start.await();
                    return QuarkusTransaction.requiringNew().call(() -> lists.reserve(list, index));
                });
            }
            assertEquals(1, runAll(calls).stream().filter(Boolean::booleanValue).count(),
                    "exactly one transaction wins index " + index);
        }
    }

    /** A list of its own, marked full so the allocator never hands out its indexes to credentials. */
    private StatusList newClosedList() {
        StatusList list = new StatusList();
        list.listId = ids.next();
        list.purpose = "revocation";
        list.capacity = StatusList.CAPACITY;
        list.full = true;
        list.createdAt = TestClock.current().instant();
        lists.persist(list);
        return list;
    }

    private JsonNode issue(HttpClient http, ObjectNode record) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(issueUri)
                .header("Authorization", ApiKeysForTests.bearer(ApiKeysForTests.ISSUER))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(record.toString()))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private static <T> List<T> runAll(List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> future : pool.invokeAll(calls)) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
