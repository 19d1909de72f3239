package dev.codebasemcp.application.port.in;

import dev.codebasemcp.domain.job.IndexingJob;

/** The job is already completed, failed or cancelled, so it can no longer be cancelled. */
public final class JobAlreadyFinishedException extends RuntimeException {

    private final IndexingJob job;

    public JobAlreadyFinishedException(IndexingJob job) {
        super("Job " + job.id() + " is already " + job.status().wireName() + " and cannot be cancelled");
        this.job = job;
    }

    public IndexingJob job() {
        return job;
    }
}
