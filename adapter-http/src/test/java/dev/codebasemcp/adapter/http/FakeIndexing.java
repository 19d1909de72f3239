package dev.codebasemcp.adapter.http;

import dev.codebasemcp.application.port.in.CancelIndexingUseCase;
import dev.codebasemcp.application.port.in.GetIndexingStatusUseCase;
import dev.codebasemcp.application.port.in.JobAlreadyFinishedException;
import dev.codebasemcp.application.port.in.JobNotFoundException;
import dev.codebasemcp.application.port.in.JobReport;
import dev.codebasemcp.application.port.in.ListJobsQuery;
import dev.codebasemcp.application.port.in.ListJobsUseCase;
import dev.codebasemcp.application.port.in.StartIndexingCommand;
import dev.codebasemcp.application.port.in.StartIndexingResult;
import dev.codebasemcp.application.port.in.StartIndexingUseCase;
import dev.codebasemcp.application.port.in.UseCases;
import dev.codebasemcp.application.port.out.RunningJobUpdates;
import dev.codebasemcp.application.port.out.StoreUnavailableException;
import dev.codebasemcp.domain.InvalidInputException;
import dev.codebasemcp.domain.job.IndexingJob;
import dev.codebasemcp.domain.job.JobId;
import dev.codebasemcp.domain.job.JobPhase;
import dev.codebasemcp.domain.job.JobProgress;
import dev.codebasemcp.domain.job.JobStatus;
import dev.codebasemcp.domain.path.PathPolicy;
import dev.codebasemcp.domain.project.ProjectId;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * In-memory job use cases for the HTTP tests: the domain rules of the real services (path syntax,
 * project id, state machine, one active job per repository) without a database or a worker.
 */
final class FakeIndexing implements StartIndexingUseCase, GetIndexingStatusUseCase, ListJobsUseCase, CancelIndexingUseCase {

    private final Map<JobId, IndexingJob> jobs = new ConcurrentHashMap<>();
    private final AtomicLong tick = new AtomicLong();
    private final Instant epoch = Instant.parse("2026-03-01T10:00:00Z");

    final FakeSearch search = new FakeSearch();

    UseCases useCases() {
        return new UseCases(this, this, this, this, FakeIndexing::resolveProject, search);
    }

    /** The explicit project, else the default: the HTTP API has no working directory to look from. */
    static ProjectId resolveProject(String explicitProjectId, java.nio.file.Path workingDirectory) {
        return explicitProjectId == null || explicitProjectId.isBlank() ? ProjectId.DEFAULT : ProjectId.of(explicitProjectId);
    }

    @Override
    public synchronized StartIndexingResult start(StartIndexingCommand command) {
        String repoPath = PathPolicy.checkSyntax(command.repoPath()).toString();
        ProjectId project = command.projectId() == null ? ProjectId.DEFAULT : ProjectId.of(command.projectId());
        for (IndexingJob job : jobs.values()) {
            if (job.status().isActive() && job.repoPath().equals(repoPath) && job.projectId().equals(project)) {
                return new StartIndexingResult.AlreadyActive(job);
            }
        }
        IndexingJob job = IndexingJob.pending(JobId.random(), repoPath, project, command.forceReindex(), next());
        jobs.put(job.id(), job);
        return new StartIndexingResult.Started(job);
    }

    @Override
    public JobReport status(String jobId) {
        return report(find(jobId));
    }

    /** While set, listing jobs fails as a store whose database is unreachable. */
    volatile boolean databaseDown;

    @Override
    public List<JobReport> list(ListJobsQuery query) {
        if (databaseDown) {
            throw new StoreUnavailableException("Connection refused", null);
        }
        JobStatus status = query.status() == null ? null : JobStatus.parse(query.status());
        int limit = query.limit() == null ? ListJobsQuery.DEFAULT_LIMIT : query.limit();
        if (limit < 1 || limit > ListJobsQuery.MAX_LIMIT) {
            throw new InvalidInputException("limit", "limit must be between 1 and " + ListJobsQuery.MAX_LIMIT + ", got: " + limit);
        }
        return jobs.values().stream()
                .filter(job -> status == null || job.status() == status)
                .filter(job -> query.projectId() == null || job.projectId().value().equals(query.projectId()))
                .filter(job -> query.repoPath() == null || job.repoPath().equals(query.repoPath()))
                .sorted(Comparator.comparing(IndexingJob::createdAt).reversed())
                .limit(limit)
                .map(FakeIndexing::report)
                .toList();
    }

    @Override
    public synchronized JobReport cancel(String jobId) {
        IndexingJob job = find(jobId);
        if (job.isTerminal()) {
            throw new JobAlreadyFinishedException(job);
        }
        IndexingJob next = job.status() == JobStatus.RUNNING ? RunningJobUpdates.cancelRequested(job) : job.cancel(next());
        jobs.put(next.id(), next);
        return report(next);
    }

    /** Moves a pending job to running with some progress. */
    synchronized IndexingJob run(JobId id, int filesDone, int filesTotal) {
        IndexingJob running = jobs.get(id).claim("worker-1", next(), next().plus(Duration.ofMinutes(1)))
                .withProgress(new JobProgress(JobPhase.INDEXING, filesTotal, filesDone, 1000L * filesDone, 3 * filesDone, 0));
        jobs.put(id, running);
        return running;
    }

    /** Finishes a running job as completed. */
    synchronized IndexingJob complete(JobId id, int files, int chunks) {
        IndexingJob done = jobs.get(id).complete(files, chunks, next());
        jobs.put(id, done);
        return done;
    }

    /** A running job whose cancellation was requested reaches its checkpoint and stops. */
    synchronized IndexingJob stopCancelled(JobId id) {
        IndexingJob cancelled = jobs.get(id).cancel(next());
        jobs.put(id, cancelled);
        return cancelled;
    }

    private IndexingJob find(String jobId) {
        IndexingJob job = jobs.get(JobId.parse(jobId));
        if (job == null) {
            throw new JobNotFoundException(jobId);
        }
        return job;
    }

    private static JobReport report(IndexingJob job) {
        Integer percent = job.progress().percent();
        Long eta = job.status() == JobStatus.RUNNING && percent != null ? 42L : null;
        return new JobReport(job, percent, eta);
    }

    private Instant next() {
        return epoch.plusSeconds(tick.incrementAndGet());
    }
}
