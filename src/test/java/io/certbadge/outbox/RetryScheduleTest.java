package io.certbadge.outbox;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RetryScheduleTest {

    private static final RetrySchedule DEFAULTS = new RetrySchedule(Duration.ofSeconds(30), Duration.ofHours(6), Duration.ofHours(24));
    private static final Instant CREATED = Instant.parse("2026-12-01T12:00:00Z");

    @Test
    void shouldDoubleTheWaitAfterEachFailureUpToTheLongestInterval() {
        assertEquals(CREATED.plusSeconds(30), DEFAULTS.nextAttempt(CREATED, CREATED, 1));
        assertEquals(CREATED.plusSeconds(60), DEFAULTS.nextAttempt(CREATED, CREATED, 2));
        assertEquals(CREATED.plusSeconds(120), DEFAULTS.nextAttempt(CREATED, CREATED, 3));
        assertEquals(CREATED.plus(Duration.ofHours(6)), DEFAULTS.nextAttempt(CREATED, CREATED, 12));
        assertEquals(CREATED.plus(Duration.ofHours(6)), DEFAULTS.nextAttempt(CREATED, CREATED, 40), "no overflow after many failures");
    }

    @Test
    void shouldKeepTryingForAtLeastADayThenGiveUp() {
        Instant now = CREATED;
        int failures = 0;
        Instant next;
        while ((next = DEFAULTS.nextAttempt(CREATED, now, ++failures)) != null) {
            now = next;
        }
        assertTrue(!now.isBefore(CREATED.plus(Duration.ofHours(24))), "the last attempt is a day or more after the first: " + now);
        assertTrue(now.isBefore(CREATED.plus(Duration.ofHours(31))), "and not much later: " + now);
        assertTrue(failures >= 10 && failures <= 20, failures + " attempts in all");
        assertNull(DEFAULTS.nextAttempt(CREATED, CREATED.plus(Duration.ofHours(24)), 3), "a day old: given up");
    }
}
