package dev.codebasemcp.domain.job;

import dev.codebasemcp.domain.project.ProjectId;
import java.time.Instant;
import java.util.Objects;

/**
 * One request to index a repository, as an immutable value. Every change of state is a method
 * that returns the next value or throws {@link IllegalJobTransitionException}; the allowed moves
 * are the table in {@link JobStatus}. Time is always passed in, never read here.
 *
 * <p>{@code attempts} counts the runs a worker has started: a claim makes it one higher, so a job
 * that lost its worker and was requeued runs its next attempt as {@code attempts + 1}.
 *
 * @param id              identity
 * @param repoPath        absolute, normalized path of the repository
 * @param projectId       project the index belongs to
 * @param status          current state
 * @param errorMessage    why the job failed or was last requeued; null otherwise
 * @param filesIndexed    files in the published index (final count once completed)
 * @param chunksCreated   chunks in the published index (final count once completed)
 * @param startedAt       when the current or last attempt started
 * @param completedAt     when the job reached a terminal state
 * @param createdAt       when the job was queued
 * @param attempts        runs started so far
 * @param forceReindex    rebuild everything instead of reusing unchanged files
 * @param cancelRequested a user asked to cancel while it was running
 * @param workerId        the worker holding the lease while running; null otherwise
 * @param leaseExpiresAt  the end of the worker's lease while running; null otherwise
 * @param progress        how far the current attempt has come
 */
public record IndexingJob(
        JobId id,
        String repoPath,
        ProjectId projectId,
        JobStatus status,
        String errorMessage,
        int filesIndexed,
        int chunksCreated,
        Instant startedAt,
        Instant completedAt,
        Instant createdAt,
        int attempts,
        boolean forceReindex,
        boolean cancelRequested,
        String workerId,
        Instant leaseExpiresAt,
        JobProgress progress) {

    public IndexingJob {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(repoPath, "repoPath");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(progress, "progress");
        if (attempts < 0 || filesIndexed < 0 || chunksCreated < 0) {
            throw new IllegalArgumentException("attempts and counters must not be negative");
        }
        if (status == JobStatus.RUNNING && (workerId == null || leaseExpiresAt == null || startedAt == null)) {
            throw new IllegalArgumentException("a running job needs a worker, a lease and a start time");
        }
    }

    /** A new job waiting for a worker. */
    public static IndexingJob pending(JobId id, String repoPath, ProjectId projectId, boolean forceReindex, Instant now) {
        return new IndexingJob(id, repoPath, projectId, JobStatus.PENDING, null, 0, 0, null, null, now,
                0, forceReindex, false, null, null, JobProgress.QUEUED);
    }

    /** pending -> running: a worker takes the job for its next attempt. */
    public IndexingJob claim(String worker, Instant now, Instant leaseUntil) {
        Objects.requireNonNull(worker, "worker");
        requireMove(JobStatus.RUNNING, "claim");
        return new IndexingJob(id, repoPath, projectId, JobStatus.RUNNING, null, filesIndexed, chunksCreated,
                now, null, createdAt, attempts + 1, forceReindex, false, worker, leaseUntil,
                JobProgress.SCANNING_STARTED);
    }

    /** Records how far the running attempt has come. */
    public IndexingJob withProgress(JobProgress next) {
        Objects.requireNonNull(next, "next");
        requireStatus(JobStatus.RUNNING, "record progress of");
        return new IndexingJob(id, repoPath, projectId, status, errorMessage, filesIndexed, chunksCreated,
                startedAt, completedAt, createdAt, attempts, forceReindex, cancelRequested, workerId, leaseExpiresAt, next);
    }

    /** running -> completed with the counters of the published index. */
    public IndexingJob complete(int files, int chunks, Instant now) {
        requireMove(JobStatus.COMPLETED, "complete");
        return finished(JobStatus.COMPLETED, null, files, chunks, now,
                new JobProgress(JobPhase.DONE, progress.filesTotal(), progress.filesTotal(), progress.bytesDone(),
                        chunks, progress.filesSkipped()));
    }

    /** running -> failed, keeping the reason. */
    public IndexingJob fail(String reason, Instant now) {
        Objects.requireNonNull(reason, "reason");
        requireMove(JobStatus.FAILED, "fail");
        return finished(JobStatus.FAILED, reason, filesIndexed, chunksCreated, now, progress);
    }

    /** pending or running -> cancelled. */
    public IndexingJob cancel(Instant now) {
        requireMove(JobStatus.CANCELLED, "cancel");
        return finished(JobStatus.CANCELLED, null, filesIndexed, chunksCreated, now, progress);
    }

    /** running -> pending: the worker lost its lease or handed the job back; another attempt follows. */
    public IndexingJob requeue(String reason) {
        Objects.requireNonNull(reason, "reason");
        requireMove(JobStatus.PENDING, "requeue");
        return new IndexingJob(id, repoPath, projectId, JobStatus.PENDING, reason, filesIndexed, chunksCreated,
                startedAt, null, createdAt, attempts, forceReindex, false, null, null, JobProgress.QUEUED);
    }

    /**
     * running -> pending on a graceful shutdown of its worker: the attempt is given back, so a job
     * handed back by any number of short-lived processes never runs out of attempts.
     */
    public IndexingJob handBack(String reason) {
        IndexingJob requeued = requeue(reason);
        return new IndexingJob(id, repoPath, projectId, JobStatus.PENDING, reason, filesIndexed, chunksCreated,
                startedAt, null, createdAt, Math.max(0, attempts - 1), forceReindex, false, null, null,
                requeued.progress());
    }

    public boolean isTerminal() {
        return status.isTerminal();
    }

    private IndexingJob finished(JobStatus target, String error, int files, int chunks, Instant now, JobProgress last) {
        return new IndexingJob(id, repoPath, projectId, target, error, files, chunks, startedAt, now, createdAt,
                attempts, forceReindex, false, null, null, last);
    }

    private void requireMove(JobStatus target, String action) {
        if (!status.canMoveTo(target)) {
            throw new IllegalJobTransitionException(id, status, target, action);
        }
    }

    private void requireStatus(JobStatus required, String action) {
        if (status != required) {
            throw new IllegalJobTransitionException(id, status, status, action);
        }
    }
}
