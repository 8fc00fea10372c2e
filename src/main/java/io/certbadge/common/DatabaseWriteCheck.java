package io.certbadge.common;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Readiness that means "can issue": commits an update of the one {@code write_probe} row through
 * the same pool, transaction manager and ORM as issuing does. The datasource's own check only
 * validates a connection, so it stayed UP while every write failed. The answer is kept for a second,
 * so a flood of {@code /q/health/ready} calls cannot turn into a flood of commits.
 */
@Readiness
@ApplicationScoped
public class DatabaseWriteCheck implements HealthCheck {

    static final String NAME = "database accepts writes";
    private static final Logger LOG = Logger.getLogger(DatabaseWriteCheck.class);
    private static final long REUSE_NANOS = Duration.ofSeconds(1).toNanos();
    private static final int TIMEOUT_SECONDS = 5;

    private final EntityManager entityManager;
    private final Clock clock;
    private volatile Probe last;

    /** {@code atNanos} from the monotonic clock: the test clock may stand still or jump. */
    private record Probe(long atNanos, HealthCheckResponse response) {
    }

    public DatabaseWriteCheck(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Override
    public HealthCheckResponse call() {
        long nanos = System.nanoTime();
        Probe previous = last;
        if (previous != null && nanos - previous.atNanos() < REUSE_NANOS) {
            return previous.response();
        }
        HealthCheckResponse response = probe(clock.instant());
        last = new Probe(nanos, response);
        return response;
    }

    private HealthCheckResponse probe(Instant now) {
        try {
            int updated = QuarkusTransaction.requiringNew().timeout(TIMEOUT_SECONDS).call(() -> entityManager
                    .createNativeQuery("update write_probe set probed_at = :now where id = 1")
                    .setParameter("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                    .executeUpdate());
            if (updated == 1) {
                return HealthCheckResponse.up(NAME);
            }
            LOG.warnf("Readiness: the write probe updated %d rows instead of 1", updated);
        } catch (RuntimeException e) {
            LOG.warn("Readiness: the database did not take a write", e);
        }
        // No exception text here: /q/health is public.
        return HealthCheckResponse.named(NAME).down().withData("detail", "a write to the database failed").build();
    }
}
