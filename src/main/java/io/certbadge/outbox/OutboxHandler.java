package io.certbadge.outbox;

/**
 * Sends the messages of one {@link #channel()}. {@link #deliver} runs outside any transaction and may
 * take seconds (an SMTP conversation, an HTTP call); {@link #recorded} runs in the transaction that
 * records the attempt, so whatever it writes (an audit line) exists exactly when the attempt is recorded.
 */
public interface OutboxHandler {

    String channel();

    /** One attempt. Never throws for a refusal by the other side: that is a failed {@link Attempt}. */
    Attempt deliver(Message message);

    /** Called in the transaction that records {@code attempt} of {@code message}; {@code gaveUp}: no more attempts. */
    default void recorded(Message message, Attempt attempt, boolean gaveUp) {
    }

    /** What a handler is given: the stored message and which attempt this is (1 for the first). */
    record Message(long id, String channel, String messageKey, String eventType, String credentialId,
                   String endpointId, String payload, int attempt, java.time.Instant createdAt) {

        static Message of(OutboxMessage row, int attempt) {
            return new Message(row.id, row.channel, row.messageKey, row.eventType, row.credentialId, row.endpointId,
                    row.payload, attempt, row.createdAt);
        }
    }

    /** The outcome of one attempt: success, or a failure with the other side's status code where there was one. */
    record Attempt(boolean delivered, Integer statusCode, String error) {

        public static Attempt success(Integer statusCode) {
            return new Attempt(true, statusCode, null);
        }

        public static Attempt failure(Integer statusCode, String error) {
            return new Attempt(false, statusCode, error == null ? "failed" : error);
        }
    }
}
