package dev.codebasemcp.application.service.jobs;

import dev.codebasemcp.application.port.out.JobStore;
import dev.codebasemcp.domain.job.IndexingJob;
import dev.codebasemcp.domain.job.JobStatus;
import java.lang.System.Logger.Level;
import java.time.Duration;

/**
 * Writes how an execution ended, exactly once per execution ({@link JobExecution#settle}): its
 * final state after the indexer returned, or a hand-back as pending when the worker gives the job
 * up unfinished.
 */
final class JobFinisher {

    private static final System.Logger LOG = System.getLogger(JobFinisher.class.getName());

    private final JobStore store;
    private final JobEngineSettings settings;
    private final String workerId;

    JobFinisher(JobStore store, JobEngineSettings settings, String workerId) {
        this.store = store;
        this.settings = settings;
        this.workerId = workerId;
    }

    /** Records the skipped paths of a completed execution, then its final state. */
    void finish(JobExecution execution, IndexingJob next) {
        if (!execution.settle()) {
            return;
        }
        recordSkippedPaths(execution, next);
        finishWithRetry(execution, next);
    }

    /** Gives the job back as pending with its attempt returned; a failure leaves it to the reaper. */
    void handBack(JobExecution execution) {
        if (!execution.settle()) {
            return;
        }
        IndexingJob next = JobOutcomes.handedBack(execution.latest(), workerId);
        try {
            if (store.finish(execution.lease(), next)) {
                LOG.log(Level.INFO, "Job {0}: handed back as pending", next.id());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Job " + next.id() + ": handing back failed; its lease expires in "
                    + settings.leaseDuration() + " and a reaper requeues it", e);
        }
    }

    /**
     * Records what a completed execution left out before the job shows as completed; a failure here
     * only loses that list (status then shows none), never the index.
     */
    private void recordSkippedPaths(JobExecution execution, IndexingJob next) {
        if (next.status() != JobStatus.COMPLETED || execution.skippedPaths().isEmpty()) {
            return;
        }
        try {
            store.recordSkippedPaths(next.id(), execution.skippedPaths());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Job {0}: recording {1} skipped paths failed: {2}", next.id(),
                    execution.skippedPaths().size(), e.getMessage());
        }
    }

    /** Writes the final state; a database outage is waited out, a lost lease leaves the job to its new owner. */
    private void finishWithRetry(JobExecution execution, IndexingJob next) {
        Backoff backoff = Backoff.forDatabase();
        while (true) {
            try {
                if (store.finish(execution.lease(), next)) {
                    LOG.log(Level.INFO, "Job {0}: {1}{2}", next.id(), next.status().wireName(),
                            next.errorMessage() == null ? "" : " - " + next.errorMessage());
                } else {
                    LOG.log(Level.WARNING, "Job {0}: not marked {1}: worker {2} no longer holds attempt {3}",
                            next.id(), next.status().wireName(), workerId, execution.lease().attempt());
                }
                return;
            } catch (RuntimeException e) {
                Duration wait = backoff.next();
                LOG.log(Level.WARNING, "Job " + next.id() + ": recording " + next.status().wireName()
                        + " failed, retrying in " + wait, e);
                if (!sleep(wait)) {
                    LOG.log(Level.WARNING, "Job {0}: gave up recording {1} at shutdown; its lease will expire "
                            + "and a reaper requeues it", next.id(), next.status().wireName());
                    return;
                }
            }
        }
    }

    /** False when interrupted, which only happens at shutdown. */
    private static boolean sleep(Duration duration) {
        try {
            Thread.sleep(duration);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
