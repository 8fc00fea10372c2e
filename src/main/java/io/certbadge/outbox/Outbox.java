package io.certbadge.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.time.Clock;

/**
 * Where a change leaves the messages that report it. {@link #enqueue} joins the caller's transaction,
 * so the message exists exactly when the change does: a rollback leaves neither, a commit both, and
 * a crash after the commit leaves the message for {@link OutboxWorker} to send after the restart.
 * Once the transaction commits, this instance's worker is woken so the message goes out at once.
 */
@ApplicationScoped
public class Outbox {

    /** A message to write: see {@link OutboxMessage} for the fields. */
    public record NewMessage(String channel, String messageKey, String eventType, String credentialId,
                             String endpointId, String payload) {
    }

    private final OutboxRepository messages;
    private final OutboxWorker worker;
    private final TransactionSynchronizationRegistry transactions;
    private final Clock clock;

    public Outbox(OutboxRepository messages, OutboxWorker worker, TransactionSynchronizationRegistry transactions,
                  Clock clock) {
        this.messages = messages;
        this.worker = worker;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxMessage enqueue(NewMessage message) {
        OutboxMessage row = new OutboxMessage();
        row.channel = message.channel();
        row.messageKey = message.messageKey();
        row.eventType = message.eventType();
        row.credentialId = message.credentialId();
        row.endpointId = message.endpointId();
        row.payload = message.payload();
        row.state = OutboxMessage.State.PENDING;
        row.createdAt = clock.instant();
        row.nextAttemptAt = row.createdAt;
        messages.persist(row);
        transactions.registerInterposedSynchronization(new WakeAfterCommit(worker));
        return row;
    }

    private record WakeAfterCommit(OutboxWorker worker) implements Synchronization {
        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                worker.wakeUp();
            }
        }
    }
}
