package io.certbadge.outbox;

import java.time.Duration;
import java.time.Instant;

/**
 * Exponential backoff: after the n-th failed attempt the next one comes {@code first × 2^(n-1)}
 * later, at most {@code max} later; a message is given up only once it is {@code retryFor} old, so
 * it is tried for at least that long. With the defaults (30 s, 6 h, 24 h): 30 s, 1 min, 2 min, …,
 * about 4 h 16 min, then every 6 h, about 15 attempts over a day.
 */
public record RetrySchedule(Duration first, Duration max, Duration retryFor) {

    /** When to try again after {@code failedAttempts} failures, or null to give up. */
    public Instant nextAttempt(Instant createdAt, Instant now, int failedAttempts) {
        if (!now.isBefore(createdAt.plus(retryFor))) {
            return null;
        }
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
        Duration delay = first.multipliedBy(1L << doublings);
        return now.plus(delay.compareTo(max) > 0 ? max : delay);
    }
}
