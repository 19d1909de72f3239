package dev.codebasemcp.application.service.jobs;

import dev.codebasemcp.application.port.out.JobStore;
import dev.codebasemcp.domain.job.IndexingJob;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.List;

/**
 * Requeues or fails the jobs of workers whose lease expired, in any process. A failure is logged
 * and left to the next round; it never ends the worker.
 */
final class LeaseReaper {

    private static final System.Logger LOG = System.getLogger(LeaseReaper.class.getName());

    private final JobStore store;
    private final Clock clock;
    private final JobEngineSettings settings;
    private final String workerId;
    private final Runnable onRequeued;

    /** {@code onRequeued} runs after a round that changed any job, so the dispatcher looks for work. */
    LeaseReaper(JobStore store, Clock clock, JobEngineSettings settings, String workerId, Runnable onRequeued) {
        this.store = store;
        this.clock = clock;
        this.settings = settings;
        this.workerId = workerId;
        this.onRequeued = onRequeued;
    }

    void reap() {
        try {
            List<IndexingJob> reaped = store.reapExpiredLeases(clock.instant(), settings.maxAttempts());
            for (IndexingJob job : reaped) {
                LOG.log(Level.WARNING, "Job {0}: {1} by the reaper of worker {2}: {3}", job.id(),
                        job.status().wireName(), workerId, job.errorMessage());
            }
            if (!reaped.isEmpty()) {
                onRequeued.run();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Worker " + workerId + ": reaping expired leases failed; next try in "
                    + settings.reapInterval(), e);
        }
    }
}
