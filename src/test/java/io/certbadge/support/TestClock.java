package io.certbadge.support;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.test.Mock;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application clock in tests: stopped at {@link #START}, so that every run sees the same
 * "now" and a test's result never depends on the day or the second it runs. A test moves it with
 * {@link #set} or {@link #advance}; {@link ResetTestClock} puts it back at {@link #START} before
 * every {@code @QuarkusTest} method, so a moved clock never leaks into the next test.
 * <p>
 * Nothing in the service compares this clock with real time (Nimbus only checks signatures, the
 * caches expire by Caffeine's own ticker, the database fills no timestamp itself), so a fixed
 * instant in the past or future of the machine's clock is safe.
 */
@Mock
@Singleton
public class TestClock extends Clock {

    /**
     * Every test starts here: after every date in the record fixtures (fixtures/records/, all in
     * autumn 2026), a Tuesday noon UTC, so "today" is the same date in every time zone the rules
     * consider (UTC-12 … UTC+14 is 2026-12-01 or 2026-12-02).
     */
    public static final Instant START = Instant.parse("2026-12-01T12:00:00Z");

    private volatile Instant now = START;

    /** The clock of the running application, or a fresh one at {@link #START} outside a Quarkus test. */
    public static TestClock current() {
        ArcContainer container = Arc.container();
        return container != null && container.isRunning() ? container.select(TestClock.class).get() : new TestClock();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The same stopped instant, seen from {@code zone}: the service reads "today" in UTC+14 this way. */
    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }

    /** Today's date in UTC by this clock. */
    public LocalDate today() {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    public void set(Instant instant) {
        now = instant;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    public void reset() {
        now = START;
    }
}
