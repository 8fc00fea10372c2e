package io.certbadge.outbox;

import io.certbadge.common.CertbadgeConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends what the outbox holds, on every instance: up to {@code certbadge.outbox.workers} threads
 * each claim one due message at a time, attempt it and record the attempt, until none is due. They
 * start when a transaction on this instance commits a message, and every
 * {@code certbadge.outbox.poll-every} for retries and for messages written by other instances.
 */
@ApplicationScoped
public class OutboxWorker {

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class);

    /** The scheduled job's identity, by which an operator (or a test) can pause and resume it. */
    public static final String JOB = "certbadge-outbox";

    private final OutboxAttempts attempts;
    private final CertbadgeConfig.Outbox config;
    /** Who holds a lease: this process, as long as it runs. */
    private final String owner = UUID.randomUUID().toString();
    private final AtomicInteger running = new AtomicInteger();
    private final ExecutorService threads;
    private volatile boolean stopping;

    public OutboxWorker(OutboxAttempts attempts, CertbadgeConfig config) {
        this.attempts = attempts;
        this.config = config.outbox();
        this.threads = Executors.newFixedThreadPool(Math.max(1, this.config.workers()), runnable -> {
            Thread thread = new Thread(runnable, "certbadge-outbox");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Scheduled(identity = JOB, every = "{certbadge.outbox.poll-every}", delayed = "{certbadge.outbox.poll-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        wakeUp();
    }

    /** Starts one more sending thread unless all are busy (a busy one picks up new messages anyway). */
    public void wakeUp() {
        if (!config.deliver() || stopping) {
            return;
        }
        int now;
        do {
            now = running.get();
            if (now >= Math.max(1, config.workers())) {
                return;
            }
        } while (!running.compareAndSet(now, now + 1));
        try {
            threads.execute(this::drain);
        } catch (RuntimeException e) {
            running.decrementAndGet();
        }
    }

    private void drain() {
        try {
            while (!stopping) {
                Optional<OutboxAttempts.Claimed> claimed = attempts.claimNext(owner);
                if (claimed.isEmpty()) {
                    return;
                }
                send(claimed.get());
            }
        } catch (RuntimeException e) {
            if (!stopping) {
                LOG.warn("Outbox worker stopped on an error; the next poll starts it again", e);
            }
        } finally {
            running.decrementAndGet();
        }
    }

    private void send(OutboxAttempts.Claimed claimed) {
        OutboxHandler.Attempt attempt;
        try {
            attempt = claimed.handler().deliver(claimed.message());
        } catch (RuntimeException e) {
            LOG.warnf(e, "Outbox message %d (%s) failed in its handler", claimed.message().id(), claimed.message().channel());
            attempt = OutboxHandler.Attempt.failure(null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        attempts.record(claimed, attempt, owner);
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
        threads.shutdown();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
