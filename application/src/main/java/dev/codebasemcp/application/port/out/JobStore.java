package dev.codebasemcp.application.port.out;

import dev.codebasemcp.domain.index.SkippedPath;
import dev.codebasemcp.domain.job.IndexingJob;
import dev.codebasemcp.domain.job.JobId;
import dev.codebasemcp.domain.job.JobProgress;
import dev.codebasemcp.domain.project.ProjectId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Durable home of indexing jobs; the table of jobs is also the queue. Every method that changes a
 * running job is guarded by its {@link JobLease} (worker id and attempt), so a worker that lost its
 * lease can never overwrite a job that another worker has claimed since.
 */
public interface JobStore {

    /** Stores a new pending job and returns it as stored. */
    IndexingJob insert(IndexingJob pendingJob);

    Optional<IndexingJob> findById(JobId id);

    /** Jobs matching the filter, newest first, at most {@code filter.limit()}. */
    List<IndexingJob> list(JobFilter filter);

    /** The pending or running job for this project and repository, if there is one. */
    Optional<IndexingJob> findActive(ProjectId projectId, String repoPath);

    /**
     * Claims up to {@code maxJobs} pending jobs, oldest first, skipping rows other workers hold
     * locked: each becomes running under {@code workerId} with attempts + 1 and a lease until
     * {@code leaseUntil}, in one statement.
     */
    List<IndexingJob> claim(String workerId, int maxJobs, Instant now, Instant leaseUntil);

    /**
     * Extends the lease and records progress.
     *
     * @return {@link LeaseState#HELD}, {@link LeaseState#CANCEL_REQUESTED} when a user asked to cancel,
     *         or {@link LeaseState#LOST} when the job is no longer this worker's attempt
     */
    LeaseState renewLease(JobLease lease, Instant leaseUntil, JobProgress progress);

    /**
     * Moves the leased running job to its next state (completed, failed, cancelled or back to
     * pending), as computed by the domain from {@code next}. A cancel requested since the claim is
     * never erased: a job handed back or requeued with its cancel flag set ends cancelled instead.
     *
     * @return false when the lease was lost and nothing was written
     */
    boolean finish(JobLease lease, IndexingJob next);

    /**
     * The run is about to publish: records {@code progress} (phase finalizing) unless a cancel was
     * requested, atomically with {@link #requestCancel}, so a cancel either stops the run before it
     * publishes or is refused.
     *
     * @return {@link LeaseState#HELD} when the run may publish, {@link LeaseState#CANCEL_REQUESTED}
     *         when it must stop as cancelled, {@link LeaseState#LOST} when it is no longer this attempt's
     */
    LeaseState startPublishing(JobLease lease, JobProgress progress);

    /** Records what a run of the job left out, replacing what an earlier run recorded. */
    void recordSkippedPaths(JobId id, List<SkippedPath> paths);

    /** What the job's last recorded run left out, in the order recorded; empty when nothing. */
    List<SkippedPath> skippedPaths(JobId id);

    /** pending -> cancelled. @return false when the job was no longer pending */
    boolean cancelPending(JobId id, Instant now);

    /**
     * Flags a running job for cancellation.
     *
     * @return false when the job was no longer running or has started publishing
     */
    boolean requestCancel(JobId id);

    /**
     * Running jobs whose lease ended before {@code now}: requeued (back to pending) while they have
     * attempts left, failed with a clear message once {@code maxAttempts} runs were started.
     *
     * @return the jobs as they are after the change
     */
    List<IndexingJob> reapExpiredLeases(Instant now, int maxAttempts);
}
