package io.certbadge.outbox;

import io.certbadge.common.CertbadgeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The two short transactions around one attempt: {@link #claimNext} leases a due message to this
 * instance, {@link #record} writes how the attempt went. The attempt itself runs between them,
 * outside any transaction, so no row lock or connection is held while a slow SMTP server or
 * webhook receiver answers.
 */
@ApplicationScoped
public class OutboxAttempts {

    private static final Logger LOG = Logger.getLogger(OutboxAttempts.class);

    /** A message leased to this instance, ready for its next attempt. */
    public record Claimed(OutboxHandler handler, OutboxHandler.Message message) {
    }

    private final OutboxRepository messages;
    private final Map<String, OutboxHandler> handlers;
    private final CertbadgeConfig.Outbox config;
    private final RetrySchedule retries;
    private final Clock clock;

    public OutboxAttempts(OutboxRepository messages, Instance<OutboxHandler> handlers, CertbadgeConfig config,
                          Clock clock) {
        this.messages = messages;
        this.handlers = handlers.stream().collect(Collectors.toMap(OutboxHandler::channel, Function.identity()));
        this.config = config.outbox();
        this.retries = new RetrySchedule(this.config.firstRetry(), this.config.maxRetryInterval(), this.config.retryFor());
        this.clock = clock;
    }

    @Transactional
    public Optional<Claimed> claimNext(String owner) {
        Instant now = clock.instant();
        while (true) {
            Optional<OutboxMessage> due = messages.lockNextDue(now);
            if (due.isEmpty()) {
                return Optional.empty();
            }
            OutboxMessage row = due.get();
            OutboxHandler handler = handlers.get(row.channel);
            if (handler == null) {
                // No handler on this instance (an older version in a rolling upgrade): leave it to another.
                row.leaseOwner = owner;
                row.leaseUntil = now.plus(config.lease());
                LOG.warnf("Outbox message %d is for channel %s, which this instance cannot send", row.id, row.channel);
                continue;
            }
            row.leaseOwner = owner;
            row.leaseUntil = now.plus(config.lease());
            return Optional.of(new Claimed(handler, OutboxHandler.Message.of(row, row.attempts + 1)));
        }
    }

    @Transactional
    public void record(Claimed claimed, OutboxHandler.Attempt attempt, String owner) {
        OutboxMessage row = messages.findById(claimed.message().id());
        if (row == null || row.state != OutboxMessage.State.PENDING) {
            return; // cancelled meanwhile (its endpoint removed): nothing more to record
        }
        if (!owner.equals(row.leaseOwner)) {
            LOG.warnf("Outbox message %d: the lease ran out during the attempt; recording it anyway", row.id);
        }
        Instant now = clock.instant();
        row.attempts++;
        row.lastAttemptAt = now;
        row.lastStatusCode = attempt.statusCode();
        row.leaseOwner = null;
        row.leaseUntil = null;
        boolean gaveUp = false;
        if (attempt.delivered()) {
            row.state = OutboxMessage.State.SENT;
            row.sentAt = now;
            row.lastError = null;
        } else {
            row.lastError = truncate(attempt.error());
            Instant next = retries.nextAttempt(row.createdAt, now, row.attempts);
            if (next == null) {
                row.state = OutboxMessage.State.GAVE_UP;
                gaveUp = true;
                LOG.warnf("Outbox message %d (%s %s) given up after %d attempts: %s", row.id, row.channel,
                        row.eventType, row.attempts, row.lastError);
            } else {
                row.nextAttemptAt = next;
                LOG.infof("Outbox message %d (%s %s) attempt %d failed, next at %s: %s", row.id, row.channel,
                        row.eventType, row.attempts, next, row.lastError);
            }
        }
        claimed.handler().recorded(claimed.message(), attempt, gaveUp);
    }

    private static String truncate(String error) {
        return error.length() <= OutboxMessage.MAX_ERROR_LENGTH ? error : error.substring(0, OutboxMessage.MAX_ERROR_LENGTH);
    }
}
