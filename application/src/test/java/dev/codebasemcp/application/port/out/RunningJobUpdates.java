package dev.codebasemcp.application.port.out;

import dev.codebasemcp.domain.job.IndexingJob;
import dev.codebasemcp.domain.job.JobProgress;
import dev.codebasemcp.domain.job.JobStatus;
import java.time.Instant;

/**
 * The changes a store makes to a running job in place, without a change of state: renewing the
 * lease with the latest progress ({@link JobStore#renewLease}) and asking the job to cancel
 * ({@link JobStore#requestCancel}). For the in-memory store and for what tests expect to read back.
 */
public final class RunningJobUpdates {

    private RunningJobUpdates() {
    }

    public static IndexingJob renewed(IndexingJob job, Instant leaseUntil, JobProgress progress) {
        requireRunning(job);
        return new IndexingJob(job.id(), job.repoPath(), job.projectId(), job.status(), job.errorMessage(),
                job.filesIndexed(), job.chunksCreated(), job.startedAt(), job.completedAt(), job.createdAt(),
                job.attempts(), job.forceReindex(), job.cancelRequested(), job.workerId(), leaseUntil, progress);
    }

    public static IndexingJob cancelRequested(IndexingJob job) {
        requireRunning(job);
        return new IndexingJob(job.id(), job.repoPath(), job.projectId(), job.status(), job.errorMessage(),
                job.filesIndexed(), job.chunksCreated(), job.startedAt(), job.completedAt(), job.createdAt(),
                job.attempts(), job.forceReindex(), true, job.workerId(), job.leaseExpiresAt(), job.progress());
    }

    private static void requireRunning(IndexingJob job) {
        if (job.status() != JobStatus.RUNNING) {
            throw new IllegalArgumentException("job " + job.id() + " is " + job.status().wireName() + ", not running");
        }
    }
}
