package dev.codebasemcp.application.port.in;

/** Cancels a job: a pending job at once, a running one at its next checkpoint. */
public interface CancelIndexingUseCase {

    /**
     * @return the job after the request (cancelled, or running with the cancellation requested)
     * @throws dev.codebasemcp.domain.job.InvalidJobIdException for a malformed id
     * @throws JobNotFoundException for an unknown id
     * @throws JobAlreadyFinishedException when the job is completed, failed or cancelled already
     */
    JobReport cancel(String jobId);
}
