package dev.codebasemcp.application.service.jobs;

import dev.codebasemcp.application.port.in.CancelIndexingUseCase;
import dev.codebasemcp.application.port.in.JobAlreadyFinishedException;
import dev.codebasemcp.application.port.in.JobNotFoundException;
import dev.codebasemcp.application.port.in.JobReport;
import dev.codebasemcp.application.port.out.JobStore;
import dev.codebasemcp.domain.job.IndexingJob;
import dev.codebasemcp.domain.job.JobId;
import dev.codebasemcp.domain.job.JobPhase;
import java.lang.System.Logger.Level;
import java.time.Clock;

/**
 * Cancels a pending job at once and flags a running one, whose worker stops at its next checkpoint
 * and keeps the previous index. A job that has begun publishing is past its last checkpoint: the
 * cancel is refused with "too late: publishing" (the store flags a job only before it publishes). A job that changes state meanwhile (a worker claims it, or it
 * finishes) is looked at again.
 */
public final class CancelIndexingService implements CancelIndexingUseCase {

    private static final System.Logger LOG = System.getLogger(CancelIndexingService.class.getName());
    private static final int MAX_ROUNDS = 5;

    private final JobStore store;
    private final JobReports reports;
    private final Clock clock;

    public CancelIndexingService(JobStore store, Clock clock) {
        this.store = store;
        this.reports = new JobReports(clock);
        this.clock = clock;
    }

    @Override
    public JobReport cancel(String jobId) {
        JobId id = JobId.parse(jobId);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            IndexingJob job = store.findById(id).orElseThrow(() -> new JobNotFoundException(jobId.strip()));
            boolean changed = switch (job.status()) {
                case PENDING -> store.cancelPending(id, clock.instant());
                case RUNNING -> {
                    if (job.progress().phase() == JobPhase.FINALIZING && !job.cancelRequested()) {
                        throw JobAlreadyFinishedException.publishing(job);
                    }
                    yield job.cancelRequested() || store.requestCancel(id);
                }
                case COMPLETED, FAILED, CANCELLED -> throw new JobAlreadyFinishedException(job);
            };
            if (changed) {
                IndexingJob after = store.findById(id).orElseThrow(() -> new JobNotFoundException(jobId.strip()));
                LOG.log(Level.INFO, "Job {0}: cancellation requested while {1}", id, job.status().wireName());
                return reports.of(after);
            }
        }
        throw new IllegalStateException("Job " + id + " kept changing state while it was being cancelled; try again");
    }
}
