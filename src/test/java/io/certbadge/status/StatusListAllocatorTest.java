package io.certbadge.status;

import io.certbadge.support.Issuing;
import io.certbadge.support.Records;
import io.certbadge.support.StatusLists;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class StatusListAllocatorTest {

    @Inject
    StatusListRepository lists;

    /**
     * Marks every list full, as the allocator itself does once a list has no free index left, and
     * issues: the credential lands on a newly opened list of full size, which is then served.
     * (Filling 131,072 entries for real would only make the test slow; the switch is the point.)
     */
    @Test
    void shouldOpenANewListWhenNoListHasRoomLeft() {
        List<String> before = QuarkusTransaction.requiringNew().call(() -> {
            lists.update("full = true where full = false");
            return lists.listAll().stream().map(l -> l.listId).toList();
        });

        StatusLists.Entry entry = StatusLists.entryOf(Issuing.issue(Records.valid()));
        String listId = entry.listUrl().substring(entry.listUrl().lastIndexOf('/') + 1);
        assertFalse(before.contains(listId), "a new list was opened: " + listId);
        StatusList opened = QuarkusTransaction.requiringNew().call(() -> lists.findByListId(listId)).orElseThrow();
        assertEquals(StatusList.CAPACITY, opened.capacity);
        assertFalse(opened.full);
        assertTrue(entry.index() >= 0 && entry.index() < StatusList.CAPACITY);
        assertEquals(0, StatusLists.fetch(entry.listUrl()).bit(entry.index()));
    }
}
