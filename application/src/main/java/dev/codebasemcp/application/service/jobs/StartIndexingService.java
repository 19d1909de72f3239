package dev.codebasemcp.application.service.jobs;

import dev.codebasemcp.application.port.in.StartIndexingCommand;
import dev.codebasemcp.application.port.in.StartIndexingResult;
import dev.codebasemcp.application.port.in.StartIndexingUseCase;
import dev.codebasemcp.application.port.out.ActiveJobExistsException;
import dev.codebasemcp.application.port.out.JobQueueSignal;
import dev.codebasemcp.application.port.out.JobStore;
import dev.codebasemcp.application.port.out.PathInspector;
import dev.codebasemcp.domain.job.IndexingJob;
import dev.codebasemcp.domain.job.JobId;
import dev.codebasemcp.domain.path.PathPolicy;
import dev.codebasemcp.domain.project.ProjectId;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * Validates the path, resolves the project, queues a pending job and wakes the workers. Returns the
 * active job instead when the same project and repository already has one: the store refuses a
 * second active job, so the common case costs one insert and a race between processes has one winner.
 */
public final class StartIndexingService implements StartIndexingUseCase {

    private static final System.Logger LOG = System.getLogger(StartIndexingService.class.getName());
    private static final int MAX_ROUNDS = 3;

    private final JobStore store;
    private final JobQueueSignal signal;
    private final PathPolicy pathPolicy;
    private final PathInspector paths;
    private final ProjectResolver projectResolver;
    private final Clock clock;

    public StartIndexingService(JobStore store, JobQueueSignal signal, PathPolicy pathPolicy, PathInspector paths,
                                ProjectResolver projectResolver, Clock clock) {
        this.store = store;
        this.signal = signal;
        this.pathPolicy = pathPolicy;
        this.paths = paths;
        this.projectResolver = projectResolver;
        this.clock = clock;
    }

    /**
     * The project is looked up from the command's working directory, or from the repository itself
     * when the caller gave none.
     */
    @Override
    public StartIndexingResult start(StartIndexingCommand command) {
        Path repo = pathPolicy.validate(command.repoPath(), paths::inspect);
        Path start = command.workingDirectory() != null ? command.workingDirectory() : repo;
        ProjectId project = projectResolver.resolve(command.projectId(), start);
        String repoPath = repo.toString();

        for (int round = 1; ; round++) {
            try {
                IndexingJob job = store.insert(IndexingJob.pending(JobId.random(), repoPath, project,
                        command.forceReindex(), clock.instant()));
                LOG.log(Level.INFO, "Job {0}: queued {1} for project {2}", job.id(), repoPath, project);
                signal.jobQueued();
                return new StartIndexingResult.Started(job);
            } catch (ActiveJobExistsException exists) {
                Optional<IndexingJob> active = store.findActive(project, repoPath);
                if (active.isPresent()) {
                    return new StartIndexingResult.AlreadyActive(active.get());
                }
                if (round == MAX_ROUNDS) {
                    throw exists;
                }
                // The active job finished between the insert and the lookup: queue again.
            }
        }
    }
}
