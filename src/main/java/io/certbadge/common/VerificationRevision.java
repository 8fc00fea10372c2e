package io.certbadge.common;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The freshness token of every cached verification answer: the row of {@code verification_revision}
 * (V50). Writers move it on in their own transaction ({@link #statusChanged()} on a revocation,
 * {@link #keySetChanged()} when a key is activated, retired or compromised); readers take it before
 * answering. The token also carries the issuance log's tree size, since a report names the current
 * checkpoint: a log that grew makes every kept report's {@code log} check out of date.
 *
 * <p>Reads are coalesced but never stale: a caller joins the <em>next</em> read, one that starts
 * after the caller asked, never one already in flight (which may have begun before a revocation
 * committed on another instance). While one read runs, everyone who asks meanwhile waits for the
 * following one, so a burst of requests costs one indexed row read per database round trip instead
 * of one per request, with the same guarantee as reading per request.
 */
@ApplicationScoped
public class VerificationRevision {

    /** The row's values: equal tokens mean no verification answer can have changed in between. */
    public record Token(long status, long keySet, long logSize) {
    }

    private final EntityManager entityManager;
    private final AgroalDataSource dataSource;
    /** One thread: at most one read in flight, by construction. */
    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "verification-revision-reader");
        thread.setDaemon(true);
        return thread;
    });
    private CompletableFuture<Token> next;
    private boolean reading;

    public VerificationRevision(EntityManager entityManager, AgroalDataSource dataSource) {
        this.entityManager = entityManager;
        this.dataSource = dataSource;
    }

    /** A revocation: in the revoking transaction, so the token moves exactly when it commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void statusChanged() {
        entityManager.createNativeQuery("update verification_revision set status = status + 1 where id = 1").executeUpdate();
    }

    /** A key activated, retired or compromised. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void keySetChanged() {
        entityManager.createNativeQuery("update verification_revision set key_set = key_set + 1 where id = 1").executeUpdate();
    }

    /** The token as of a read that starts after this call; completes on the reader thread. */
    public CompletionStage<Token> fresh() {
        CompletableFuture<Token> mine;
        synchronized (this) {
            if (next == null) {
                next = new CompletableFuture<>();
            }
            mine = next;
            if (!reading) {
                startRead();
            }
        }
        return mine;
    }

    /** {@link #fresh()}, waiting for it: for callers on a worker thread. */
    public Token freshNow() {
        return fresh().toCompletableFuture().join();
    }

    /** Called holding the lock: the waiting callers become this read's, new ones wait for the next. */
    private void startRead() {
        CompletableFuture<Token> batch = next;
        next = null;
        reading = true;
        reader.execute(() -> {
            try {
                batch.complete(read());
            } catch (SQLException | RuntimeException e) {
                batch.completeExceptionally(e);
            } finally {
                synchronized (this) {
                    reading = false;
                    if (next != null) {
                        startRead();
                    }
                }
            }
        });
    }

    private Token read() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select status, key_set, coalesce((select tree_size from log_state where id = 1), 0)"
                             + " from verification_revision where id = 1");
             ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                throw new IllegalStateException("verification_revision has no row (migration V50)");
            }
            return new Token(row.getLong(1), row.getLong(2), row.getLong(3));
        }
    }
}
