package dev.codebasemcp.application.service.jobs;

import dev.codebasemcp.application.port.in.CancelIndexingUseCase;
import dev.codebasemcp.application.port.in.GetIndexingStatusUseCase;
import dev.codebasemcp.application.port.in.ListJobsUseCase;
import dev.codebasemcp.application.port.in.StartIndexingUseCase;
import dev.codebasemcp.application.port.out.Indexer;
import dev.codebasemcp.application.port.out.JobQueueSignal;
import dev.codebasemcp.application.port.out.JobStore;
import dev.codebasemcp.application.port.out.PathInspector;
import java.time.Clock;

/**
 * The job use cases and this process's worker, built from the ports in one place. The worker is
 * created but not started: processes that only read jobs never start it.
 */
public record JobEngine(StartIndexingUseCase start, GetIndexingStatusUseCase status, ListJobsUseCase list,
                        CancelIndexingUseCase cancel, IndexingWorker worker) {

    public static JobEngine create(JobStore store, JobQueueSignal signal, Indexer indexer, Clock clock,
                                   JobEngineSettings settings, ProjectResolver projectResolver, PathInspector paths) {
        return new JobEngine(
                new StartIndexingService(store, signal, settings.pathPolicy(), paths, projectResolver, clock),
                new GetIndexingStatusService(store, clock),
                new ListJobsService(store, paths, clock),
                new CancelIndexingService(store, clock),
                new IndexingWorker(store, new RepositoryRecheck(indexer, settings.pathPolicy(), paths), signal, clock, settings,
                        IndexingWorker.newWorkerId()));
    }
}
