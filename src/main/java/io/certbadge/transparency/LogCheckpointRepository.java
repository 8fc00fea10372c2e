package io.certbadge.transparency;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/** Checkpoints, and the one {@code log_state} row that points at the latest and serves as the sequencer's lock. */
@ApplicationScoped
public class LogCheckpointRepository implements PanacheRepository<LogCheckpoint> {

    /** The empty tree, before anything was signed; every instance may try, one row results. */
    public void createStateIfMissing() {
        getEntityManager().createNativeQuery("insert into log_state (id, tree_size) values (1, 0) on conflict do nothing")
                .executeUpdate();
    }

    /**
     * Locks the state row for this transaction: with {@code wait}, until whoever holds it commits;
     * without, empty at once when another instance holds it (it is integrating right now).
     */
    public Optional<LogState> lockState(boolean wait) {
        List<?> locked = getEntityManager().createNativeQuery(
                "select id from log_state where id = 1 for update" + (wait ? "" : " skip locked")).getResultList();
        if (locked.isEmpty()) {
            return Optional.empty();
        }
        LogState state = getEntityManager().find(LogState.class, LogState.ID);
        getEntityManager().refresh(state);
        return Optional.of(state);
    }

    public Optional<LogState> state() {
        return Optional.ofNullable(getEntityManager().find(LogState.class, LogState.ID));
    }

    public Optional<LogCheckpoint> first() {
        return find("order by id").firstResultOptional();
    }

    public Optional<LogCheckpoint> lastSignedBefore(java.time.Instant instant) {
        return find("signedAt < ?1 order by signedAt desc, id desc", instant).firstResultOptional();
    }

    /** Every checkpoint ever signed, oldest first. */
    public List<LogCheckpoint> history() {
        return list("order by id");
    }
}
