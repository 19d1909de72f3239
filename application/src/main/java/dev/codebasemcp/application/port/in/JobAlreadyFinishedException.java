package dev.codebasemcp.application.port.in;

import dev.codebasemcp.domain.job.IndexingJob;

/**
 * The job can no longer be cancelled: it is already completed, failed or cancelled, or it is
 * publishing its new index (too late: publishing), which then replaces the previous one.
 */
public final class JobAlreadyFinishedException extends RuntimeException {

    private final IndexingJob job;

    public JobAlreadyFinishedException(IndexingJob job) {
        this(job, "Job " + job.id() + " is already " + job.status().wireName() + " and cannot be cancelled");
    }

    private JobAlreadyFinishedException(IndexingJob job, String message) {
        super(message);
        this.job = job;
    }

    /** The running job is publishing its index; a cancel now is refused rather than silently ignored. */
    public static JobAlreadyFinishedException publishing(IndexingJob job) {
        return new JobAlreadyFinishedException(job, "Job " + job.id() + " cannot be cancelled: too late: publishing."
                + " Its new index replaces the previous one in a moment");
    }

    public IndexingJob job() {
        return job;
    }
}
