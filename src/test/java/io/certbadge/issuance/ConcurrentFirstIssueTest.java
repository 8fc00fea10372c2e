package io.certbadge.issuance;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.certbadge.support.Issuing;
import io.certbadge.support.Records;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Several records for one person never seen before, sent at once: every one is issued, and all name
 * the same subject. Signing used to happen inside the transaction that inserted the new recipient,
 * so the others waited on that row and, past H2's lock timeout, answered 500.
 */
@QuarkusTest
class ConcurrentFirstIssueTest {

    @Test
    void shouldIssueEveryConcurrentFirstRecordOfANewRecipientWithOneSubject() throws Exception {
        String email = "first-" + UUID.randomUUID() + "@example.com";
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> subjects = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                ObjectNode record = Records.valid();
                ((ObjectNode) record.get("candidate")).put("email", email);
                Callable<String> issue = () -> Issuing.post(record).statusCode(201)
                        .extract().path("credential.credentialSubject.id");
                subjects.add(pool.submit(issue));
            }
            Set<String> distinct = new HashSet<>();
            for (Future<String> subject : subjects) {
                distinct.add(subject.get());
            }
            assertEquals(1, distinct.size(), "one recipient, one subject id: " + distinct);
        } finally {
            pool.shutdownNow();
        }
    }
}
