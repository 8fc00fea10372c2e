package io.certbadge.status;

import io.certbadge.common.PublicIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.BitSet;

/**
 * Hands out status list indexes at random (so an index says nothing about issue order) and never
 * twice: the database's primary key on (list, index) decides, so several instances sharing one
 * PostgreSQL cannot collide. A new list opens when the current one has no free index left.
 */
@ApplicationScoped
public class StatusListAllocator {

    /** Random probes before falling back to reading the list's free indexes. */
    private static final int RANDOM_PROBES = 16;
    private static final int MAX_ROUNDS = 8;

    private final StatusListRepository lists;
    private final SecureRandom random;
    private final PublicIds ids;
    private final Clock clock;
    private final StatusListPublisher publisher;

    public StatusListAllocator(StatusListRepository lists, SecureRandom random, PublicIds ids, Clock clock,
                               StatusListPublisher publisher) {
        this.lists = lists;
        this.random = random;
        this.ids = ids;
        this.clock = clock;
        this.publisher = publisher;
    }

    /** Runs inside the issuing transaction, so a failed issue leaves no reservation behind. */
    @Transactional(Transactional.TxType.MANDATORY)
    public StatusEntry allocate() {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            StatusList list = lists.firstOpen().orElseGet(this::open);
            for (int probe = 0; probe < RANDOM_PROBES; probe++) {
                int index = random.nextInt(list.capacity);
                if (lists.reserve(list, index)) {
                    return new StatusEntry(list.id, list.listId, index);
                }
            }
            Integer free = randomFreeIndex(list);
            if (free == null) {
                lists.markFull(list);
            } else if (lists.reserve(list, free)) {
                return new StatusEntry(list.id, list.listId, free);
            }
        }
        throw new IllegalStateException("could not reserve a status list index after " + MAX_ROUNDS + " rounds");
    }

    private Integer randomFreeIndex(StatusList list) {
        BitSet reserved = lists.reservedIndexes(list);
        int free = list.capacity - reserved.cardinality();
        if (free <= 0) {
            return null;
        }
        int skip = random.nextInt(free);
        int index = reserved.nextClearBit(0);
        for (int i = 0; i < skip; i++) {
            index = reserved.nextClearBit(index + 1);
        }
        return index;
    }

    private StatusList open() {
        StatusList list = new StatusList();
        list.listId = ids.next();
        list.purpose = "revocation";
        list.capacity = StatusList.CAPACITY;
        list.createdAt = clock.instant();
        lists.persist(list);
        lists.flush();
        // published as it opens, so a credential in it verifies before the list ever changes
        publisher.sign(list);
        return list;
    }
}
