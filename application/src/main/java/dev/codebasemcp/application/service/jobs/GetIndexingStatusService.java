package dev.codebasemcp.application.service.jobs;

import dev.codebasemcp.application.port.in.GetIndexingStatusUseCase;
import dev.codebasemcp.application.port.in.JobNotFoundException;
import dev.codebasemcp.application.port.in.JobReport;
import dev.codebasemcp.application.port.out.JobStore;
import dev.codebasemcp.domain.job.IndexingJob;
import dev.codebasemcp.domain.job.JobId;
import java.time.Clock;

/** Reads one job by id, with what its completed run left out; never writes. */
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
        IndexingJob job = store.findById(id).orElseThrow(() -> new JobNotFoundException(jobId.strip()));
        JobReport report = reports.of(job);
        return new JobReport(job, report.progressPercent(), report.etaSeconds(), store.skippedPaths(id));
    }
}
