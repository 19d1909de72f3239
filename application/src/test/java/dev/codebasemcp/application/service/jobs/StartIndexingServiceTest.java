package dev.codebasemcp.application.service.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codebasemcp.application.port.in.StartIndexingCommand;
import dev.codebasemcp.application.port.in.StartIndexingResult;
import dev.codebasemcp.application.port.out.InMemoryJobStore;
import dev.codebasemcp.application.port.out.InProcessJobQueueSignal;
import dev.codebasemcp.domain.InvalidInputException;
import dev.codebasemcp.domain.job.IndexingJob;
import dev.codebasemcp.domain.job.JobPhase;
import dev.codebasemcp.domain.job.JobStatus;
import dev.codebasemcp.domain.path.InvalidRepositoryPathException;
import dev.codebasemcp.domain.path.PathPolicy;
import dev.codebasemcp.domain.path.PathRule;
import dev.codebasemcp.domain.project.ProjectId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartIndexingServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    @TempDir
    Path tmp;

    private final InMemoryJobStore store = new InMemoryJobStore();
    private final InProcessJobQueueSignal signal = new InProcessJobQueueSignal();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final InMemoryProjectConfigs configs = new InMemoryProjectConfigs();

    private StartIndexingService service(PathPolicy policy) {
        return new StartIndexingService(store, signal, policy, new DiskPaths(), new ProjectResolver(ProjectId.of("configured"), configs), clock);
    }

    @Test
    void startQueuesAPendingJobForTheRealPathAndWakesWorkers() throws IOException {
        Path repo = Files.createDirectories(tmp.resolve("repo"));

        StartIndexingResult result = service(PathPolicy.allowingAnyDirectory())
                .start(new StartIndexingCommand(repo.toString(), null, null, true));

        assertThat(result).isInstanceOf(StartIndexingResult.Started.class);
        IndexingJob job = result.job();
        assertThat(job.status()).isEqualTo(JobStatus.PENDING);
        assertThat(job.repoPath()).isEqualTo(repo.toRealPath().toString());
        assertThat(job.projectId()).isEqualTo(ProjectId.of("configured"));
        assertThat(job.forceReindex()).isTrue();
        assertThat(job.createdAt()).isEqualTo(NOW);
        assertThat(job.attempts()).isZero();
        assertThat(job.progress().phase()).isEqualTo(JobPhase.QUEUED);
        assertThat(store.findById(job.id())).contains(job);
        assertThat(signal.signalsSent()).isEqualTo(1);
    }

    @Test
    void startReturnsTheActiveJobInsteadOfQueueingADuplicate() throws IOException {
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        StartIndexingService service = service(PathPolicy.allowingAnyDirectory());
        IndexingJob first = service.start(StartIndexingCommand.of(repo.toString())).job();

        StartIndexingResult second = service.start(StartIndexingCommand.of(repo.toString()));

        assertThat(second.alreadyActive()).isTrue();
        assertThat(second.job()).isEqualTo(first);
        assertThat(store.list(new dev.codebasemcp.application.port.out.JobFilter(null, null, null, 10))).hasSize(1);
        assertThat(signal.signalsSent()).isEqualTo(1);
    }

    @Test
    void theSameRepositoryInAnotherProjectIsQueuedSeparately() throws IOException {
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        StartIndexingService service = service(PathPolicy.allowingAnyDirectory());
        service.start(StartIndexingCommand.of(repo.toString()));

        StartIndexingResult other = service.start(new StartIndexingCommand(repo.toString(), "other", null, false));

        assertThat(other.alreadyActive()).isFalse();
        assertThat(other.job().projectId()).isEqualTo(ProjectId.of("other"));
    }

    @Test
    void theProjectComesFromTheConfigFileAboveTheWorkingDirectory() throws IOException {
        Path workspace = Files.createDirectories(tmp.resolve("workspace"));
        configs.with(workspace, "from-file");
        Path repo = Files.createDirectories(workspace.resolve("sub/repo"));

        IndexingJob job = service(PathPolicy.allowingAnyDirectory())
                .start(new StartIndexingCommand(repo.toString(), null, repo, false)).job();

        assertThat(job.projectId()).isEqualTo(ProjectId.of("from-file"));
    }

    @Test
    void aPathWithTraversalIsRejectedBeforeAnythingIsStored() {
        assertThatThrownBy(() -> service(PathPolicy.allowingAnyDirectory())
                .start(StartIndexingCommand.of(tmp + "/a/../../etc")))
                .isInstanceOfSatisfying(InvalidRepositoryPathException.class, e -> {
                    assertThat(e.rule()).isEqualTo(PathRule.NO_TRAVERSAL);
                    assertThat(e.field()).isEqualTo("repo_path");
                });
        assertThat(store.list(new dev.codebasemcp.application.port.out.JobFilter(null, null, null, 10))).isEmpty();
        assertThat(signal.signalsSent()).isZero();
    }

    @Test
    void aRepositoryOutsideTheAllowedRootsIsRejected() throws IOException {
        Path allowed = Files.createDirectories(tmp.resolve("allowed"));
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));

        assertThatThrownBy(() -> service(new PathPolicy(List.of(allowed)))
                .start(StartIndexingCommand.of(elsewhere.toString())))
                .isInstanceOfSatisfying(InvalidRepositoryPathException.class,
                        e -> assertThat(e.rule()).isEqualTo(PathRule.INSIDE_ALLOWED_ROOTS));
    }

    @Test
    void aMalformedExplicitProjectIdIsRejected() throws IOException {
        Path repo = Files.createDirectories(tmp.resolve("repo"));

        assertThatThrownBy(() -> service(PathPolicy.allowingAnyDirectory())
                .start(new StartIndexingCommand(repo.toString(), "Bad Project!", null, false)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("project_id"));
    }
}
