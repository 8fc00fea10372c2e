package io.certbadge.transparency;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Integrates pending leaves about every second, on every instance: the lock on the log's state
 * row lets one instance at a time do it, and an instance that finds it taken skips its turn.
 */
@ApplicationScoped
public class LogSequencer {

    private static final Logger LOG = Logger.getLogger(LogSequencer.class);

    private final LogIntegration integration;
    private final LogKey key;
    private volatile boolean stopping;

    public LogSequencer(LogIntegration integration, LogKey key) {
        this.integration = integration;
        this.key = key;
    }

    /** At start the checkpoint exists and is signed by the configured key before anything is served. */
    void onStart(@Observes @Priority(20) StartupEvent event) {
        integration.createState();
        LogIntegration.Batch batch = integrateNow();
        LOG.infof("Issuance log %s at tree size %d, note key %s", key.origin(), batch.treeSize(), key.verifierKey().encoded());
    }

    /** The scheduled job's identity, by which an operator (or a test) can pause and resume it. */
    public static final String JOB = "certbadge-log-sequencer";

    @Scheduled(identity = JOB, every = "{certbadge.log.integrate-every}", delayed = "{certbadge.log.integrate-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        try {
            LogIntegration.Batch batch;
            do {
                batch = integration.integrate(false);
            } while (!batch.busy() && batch.integrated() > 0 && !stopping);
        } catch (RuntimeException e) {
            if (!stopping) {
                throw e;
            }
            // The database went away under a batch during shutdown: it rolled back, the next start redoes it.
            LOG.debugf(e, "Sequencer batch abandoned at shutdown");
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /** Integrates everything pending now, waiting for another instance's batch if need be. */
    public LogIntegration.Batch integrateNow() {
        LogIntegration.Batch batch;
        do {
            batch = integration.integrate(true);
        } while (batch.integrated() > 0);
        return batch;
    }
}
