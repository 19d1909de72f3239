package dev.codebasemcp.application.port.in;

/** Reads one job; never changes anything. */
public interface GetIndexingStatusUseCase {

    /**
     * @throws dev.codebasemcp.domain.job.InvalidJobIdException "Invalid job_id format: ..."
     * @throws JobNotFoundException "Job not found: ..."
     */
    JobReport status(String jobId);
}
