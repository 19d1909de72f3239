package dev.codebasemcp.application.port.out;

import dev.codebasemcp.domain.job.IndexingJob;
import dev.codebasemcp.domain.job.JobId;
import java.util.Objects;

/** Proof that a worker runs a given attempt of a job. */
public record JobLease(JobId jobId, String workerId, int attempt) {

    public JobLease {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(workerId, "workerId");
    }

    public static JobLease of(IndexingJob runningJob) {
        return new JobLease(runningJob.id(), runningJob.workerId(), runningJob.attempts());
    }
}
