package dev.codebasemcp.application.service.jobs;

import dev.codebasemcp.application.port.in.GetIndexingStatusUseCase;
import dev.codebasemcp.application.port.in.JobNotFoundException;
import dev.codebasemcp.application.port.in.JobReport;
import dev.codebasemcp.application.port.out.JobStore;
import dev.codebasemcp.domain.job.JobId;
import java.time.Clock;

/** Reads one job by id; never writes. */
public final class GetIndexingStatusService implements GetIndexingStatusUseCase {

    private final JobStore store;
    private final JobReports reports;

    public GetIndexingStatusService(JobStore store, Clock clock) {
        this.store = store;
        this.reports = new JobReports(clock);
    }

    @Override
    public JobReport status(String jobId) {
        JobId id = JobId.parse(jobId);
        return store.findById(id).map(reports::of).orElseThrow(() -> new JobNotFoundException(jobId.strip()));
    }
}
