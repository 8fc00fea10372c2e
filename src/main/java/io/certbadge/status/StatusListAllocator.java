package io.certbadge.status;

import io.certbadge.common.PublicIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.OptionalInt;
import java.util.function.IntPredicate;
import java.util.random.RandomGenerator;

/**
 * Hands out status list indexes at random (so an index says nothing about issue order) and never
 * twice: the database's primary key on (list, index) decides, so several instances sharing one
 * PostgreSQL cannot collide.
 *
 * <p>A list takes new credentials until about half its indexes are taken, then closes and a new one
 * opens. The allocator counts nothing: an allocation that draws {@value #CLOSING_COLLISIONS} taken
 * indexes in a row closes the list. While a fraction {@code f} of a list is taken, that happens with
 * probability {@code f^12} per allocation, so a 131,072-bit list closes between 30 % and 57 % full
 * (99.8 % of lists; half of them past 48 %; {@code StatusListAllocatorTest} simulates it), and an
 * allocation costs about two tries even just before its list closes. Filling lists to the last
 * index instead made every issue slower as a list filled: four inserts each at 75 %, and then a
 * read of every taken index. A closed list still hides each credential among 38,000 or more others.
 */
@ApplicationScoped
public class StatusListAllocator {

    /** Taken indexes drawn in a row that close a list; see the class comment. */
    static final int CLOSING_COLLISIONS = 12;
    private static final int MAX_LISTS_TRIED = 8;

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
        for (int tried = 0; tried < MAX_LISTS_TRIED; tried++) {
            StatusList list = lists.firstOpen().orElseGet(this::open);
            OptionalInt index = draw(list.capacity, random, i -> lists.reserve(list, i));
            if (index.isPresent()) {
                return new StatusEntry(list.id, list.listId, index.getAsInt());
            }
            lists.markFull(list);
        }
        throw new IllegalStateException("could not reserve a status list index in " + MAX_LISTS_TRIED + " lists");
    }

    /**
     * Draws random indexes below {@code capacity} until {@code reserve} takes one; empty after
     * {@value #CLOSING_COLLISIONS} taken ones in a row, which means the list should close.
     */
    static OptionalInt draw(int capacity, RandomGenerator random, IntPredicate reserve) {
        for (int attempt = 0; attempt < CLOSING_COLLISIONS; attempt++) {
            int index = random.nextInt(capacity);
            if (reserve.test(index)) {
                return OptionalInt.of(index);
            }
        }
        return OptionalInt.empty();
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
