package dev.codebasemcp.adapter.mcp;

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
import dev.codebasemcp.application.service.jobs.ProjectResolver;
import dev.codebasemcp.domain.job.IndexingJob;
import dev.codebasemcp.domain.job.JobId;
import dev.codebasemcp.domain.job.JobStatus;
import dev.codebasemcp.domain.path.PathFacts;
import dev.codebasemcp.domain.path.PathPolicy;
import dev.codebasemcp.domain.project.ProjectId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/** The job in-ports over a map, with the real project resolution, using the domain's own rules; nothing runs the jobs by itself. */
final class FakeIndexingUseCases implements StartIndexingUseCase, GetIndexingStatusUseCase, ListJobsUseCase,
        CancelIndexingUseCase {

    static final Instant NOW = Instant.parse("2026-11-24T06:00:00Z");

    private final ProjectResolver projects = new ProjectResolver(null, new SimpleProjectConfigs());
    private final Map<JobId, IndexingJob> jobs = new LinkedHashMap<>();
    private final List<StartIndexingCommand> commands = new CopyOnWriteArrayList<>();
    private UnaryOperator<IndexingJob> onStatusRead = UnaryOperator.identity();
    private RuntimeException statusFailure;

    UseCases asUseCases(FakeSearch search) {
        return new UseCases(this, this, this, this, projects::resolve, search);
    }

    /** Lets a test move a job on each time its status is read, as a worker would. */
    synchronized void onStatusRead(UnaryOperator<IndexingJob> step) {
        this.onStatusRead = step;
    }

    synchronized void failStatusWith(RuntimeException failure) {
        this.statusFailure = failure;
    }

    synchronized IndexingJob put(IndexingJob job) {
        jobs.put(job.id(), job);
        return job;
    }

    List<StartIndexingCommand> commands() {
        return commands;
    }

    @Override
    public synchronized StartIndexingResult start(StartIndexingCommand command) {
        commands.add(command);
        String repoPath = PathPolicy.allowingAnyDirectory()
                .validate(command.repoPath(), FakeIndexingUseCases::onDisk).toString();
        ProjectId projectId = projects.resolve(command.projectId(), command.workingDirectory());
        Optional<IndexingJob> active = jobs.values().stream()
                .filter(job -> job.status().isActive() && job.repoPath().equals(repoPath)
                        && job.projectId().equals(projectId))
                .findFirst();
        if (active.isPresent()) {
            return new StartIndexingResult.AlreadyActive(active.get());
        }
        return new StartIndexingResult.Started(
                put(IndexingJob.pending(JobId.random(), repoPath, projectId, command.forceReindex(), NOW)));
    }

    @Override
    public synchronized JobReport status(String jobId) {
        if (statusFailure != null) {
            throw statusFailure;
        }
        IndexingJob job = find(jobId);
        return report(put(onStatusRead.apply(job)));
    }

    @Override
    public synchronized List<JobReport> list(ListJobsQuery query) {
        JobStatus status = query.status() == null ? null : JobStatus.parse(query.status());
        ProjectId project = query.projectId() == null ? null : ProjectId.of(query.projectId());
        int limit = query.limit() == null ? ListJobsQuery.DEFAULT_LIMIT : query.limit();
        List<IndexingJob> newestFirst = new ArrayList<>(jobs.values());
        newestFirst.sort(Comparator.comparing(IndexingJob::createdAt).reversed());
        return newestFirst.stream()
                .filter(job -> status == null || job.status() == status)
                .filter(job -> project == null || job.projectId().equals(project))
                .filter(job -> query.repoPath() == null || job.repoPath().equals(query.repoPath()))
                .limit(limit)
                .map(FakeIndexingUseCases::report)
                .toList();
    }

    @Override
    public synchronized JobReport cancel(String jobId) {
        IndexingJob job = find(jobId);
        IndexingJob next = switch (job.status()) {
            case PENDING -> job.cancel(NOW);
            case RUNNING -> RunningJobUpdates.cancelRequested(job);
            case COMPLETED, FAILED, CANCELLED -> throw new JobAlreadyFinishedException(job);
        };
        return report(put(next));
    }

    private IndexingJob find(String jobId) {
        IndexingJob job = jobs.get(JobId.parse(jobId));
        if (job == null) {
            throw new JobNotFoundException(jobId);
        }
        return job;
    }

    private static JobReport report(IndexingJob job) {
        return new JobReport(job, job.progress().percent(), null);
    }

    private static PathFacts onDisk(Path path) {
        if (!Files.exists(path)) {
            return PathFacts.missing();
        }
        try {
            return new PathFacts(true, Files.isDirectory(path), true, path.toRealPath(), null);
        } catch (IOException e) {
            return new PathFacts(true, Files.isDirectory(path), true, null, e.toString());
        }
    }
}
