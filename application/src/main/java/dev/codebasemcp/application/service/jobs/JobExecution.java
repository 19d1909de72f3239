package dev.codebasemcp.application.service.jobs;

import dev.codebasemcp.application.port.out.IndexingMonitor;
import dev.codebasemcp.application.port.out.IndexingStoppedException;
import dev.codebasemcp.application.port.out.IndexingStoppedException.Reason;
import dev.codebasemcp.application.port.out.JobLease;
import dev.codebasemcp.application.port.out.JobStore;
import dev.codebasemcp.application.port.out.LeaseState;
import dev.codebasemcp.domain.index.SkippedPath;
import dev.codebasemcp.domain.job.IndexingJob;
import dev.codebasemcp.domain.job.JobProgress;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One attempt of a job inside this worker: the monitor the indexer reports to, the stop request it
 * obeys at checkpoints, and what the heartbeat last wrote.
 */
final class JobExecution implements IndexingMonitor {

    private static final System.Logger LOG = System.getLogger(JobExecution.class.getName());

    private final IndexingJob claimed;
    private final JobStore store;
    private final JobLease lease;
    private final Clock clock;
    private final Duration timeout;
    private final Instant deadline;
    private final AtomicReference<IndexingStoppedException> stop = new AtomicReference<>();
    private final AtomicBoolean settled = new AtomicBoolean();
    private volatile JobProgress progress;
    private volatile JobProgress lastWritten;
    private volatile Instant lastRenewal;
    private volatile Instant leaseUntil;
    private volatile List<SkippedPath> skippedPaths = List.of();

    JobExecution(IndexingJob claimed, JobStore store, Clock clock, Duration timeout) {
        this.claimed = claimed;
        this.store = store;
        this.lease = JobLease.of(claimed);
        this.clock = clock;
        this.timeout = timeout;
        this.deadline = claimed.startedAt().plus(timeout);
        this.progress = claimed.progress();
        this.lastWritten = claimed.progress();
        this.lastRenewal = claimed.startedAt();
        this.leaseUntil = claimed.leaseExpiresAt();
    }

    @Override
    public void progress(JobProgress next) {
        progress = next;
    }

    @Override
    public void checkpoint() {
        if (stop.get() == null && isPastDeadline(clock.instant())) {
            stopTimedOut();
        }
        IndexingStoppedException requested = stop.get();
        if (requested != null) {
            throw requested;
        }
    }

    /**
     * Passes the last checkpoint and records in the store that the execution publishes, atomically with
     * any cancel request: a cancel that got in first stops the execution, a later one is refused.
     */
    @Override
    public void publishing(JobProgress next) {
        progress = next;
        checkpoint();
        switch (startPublishing(next)) {
            case HELD -> lastWritten = next;
            case CANCEL_REQUESTED -> stop(Reason.CANCELLED, "cancelled by request");
            case LOST -> stop(Reason.LEASE_LOST, "the lease of attempt " + lease.attempt()
                    + " was lost before publishing");
        }
        checkpoint();
    }

    /**
     * Waits out a database outage like the heartbeat does: the execution goes on once the store answers,
     * or stops when the heartbeat finds the lease expired meanwhile.
     */
    private LeaseState startPublishing(JobProgress next) {
        // Short steps, so a stop request is seen within a second.
        Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1));
        while (true) {
            try {
                return store.startPublishing(lease, next);
            } catch (RuntimeException e) {
                Duration wait = backoff.next();
                LOG.log(Level.WARNING, "Job {0}: recording the start of publishing failed, retrying in {1}: {2}",
                        claimed.id(), wait, e.getMessage());
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IndexingStoppedException(Reason.SHUTTING_DOWN, "Indexing was interrupted");
                }
                checkpoint();
            }
        }
    }

    /** Asks the indexer to stop at its next checkpoint; the first reason given wins. */
    void stop(Reason reason, String message) {
        stop.compareAndSet(null, new IndexingStoppedException(reason, message));
    }

    void stopTimedOut() {
        stop(Reason.TIMED_OUT, "Indexing timed out after " + describe(timeout)
                + " (INDEXING_JOB_TIMEOUT_SECONDS); the previous index stays searchable");
    }

    void skippedPaths(List<SkippedPath> paths) {
        skippedPaths = List.copyOf(paths);
    }

    List<SkippedPath> skippedPaths() {
        return skippedPaths;
    }

    Instant deadline() {
        return deadline;
    }

    boolean isPastDeadline(Instant now) {
        return !now.isBefore(deadline);
    }

    /** Claims the right to write this execution's final state; true for exactly one caller. */
    boolean settle() {
        return settled.compareAndSet(false, true);
    }

    boolean isStopRequested() {
        return stop.get() != null;
    }

    IndexingJob claimed() {
        return claimed;
    }

    JobLease lease() {
        return lease;
    }

    JobProgress currentProgress() {
        return progress;
    }

    /** The claimed job carrying the latest progress, as the base of its next state. */
    IndexingJob latest() {
        return claimed.withProgress(progress);
    }

    boolean hasUnwrittenProgress() {
        return !progress.equals(lastWritten);
    }

    Instant lastRenewal() {
        return lastRenewal;
    }

    Instant leaseUntil() {
        return leaseUntil;
    }

    void renewed(Instant at, Instant until, JobProgress written) {
        lastRenewal = at;
        leaseUntil = until;
        lastWritten = written;
    }

    static String describe(Duration duration) {
        if (duration.toMillis() % 1000 == 0) {
            return duration.toSeconds() + " s";
        }
        return String.format(Locale.ROOT, "%.3f s", duration.toMillis() / 1000.0);
    }
}
