package dev.codebasemcp.domain.job;

import dev.codebasemcp.domain.project.ProjectId;
import java.time.Instant;

/** Builds jobs in every state for tests. */
final class IndexingJobs {

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant T1 = T0.plusSeconds(1);
    static final Instant LEASE = T0.plusSeconds(30);

    private IndexingJobs() {
    }

    static IndexingJob pending() {
        return IndexingJob.pending(JobId.random(), "/srv/repo", ProjectId.DEFAULT, false, T0);
    }

    static IndexingJob running() {
        return pending().claim("worker-1", T0, LEASE);
    }

    /** A running job a user has asked to cancel, as the store records the request. */
    static IndexingJob cancelRequested() {
        IndexingJob job = running();
        return new IndexingJob(job.id(), job.repoPath(), job.projectId(), job.status(), null, 0, 0, job.startedAt(),
                null, job.createdAt(), job.attempts(), false, true, job.workerId(), job.leaseExpiresAt(), job.progress());
    }

    static IndexingJob inState(JobStatus status) {
        return switch (status) {
            case PENDING -> pending();
            case RUNNING -> running();
            case COMPLETED -> running().complete(4, 8, T1);
            case FAILED -> running().fail("boom", T1);
            case CANCELLED -> pending().cancel(T1);
        };
    }
}
