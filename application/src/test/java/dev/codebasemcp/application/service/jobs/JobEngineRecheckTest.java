package dev.codebasemcp.application.service.jobs;

import static dev.codebasemcp.application.testing.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.codebasemcp.application.port.in.StartIndexingCommand;
import dev.codebasemcp.application.port.out.InMemoryJobStore;
import dev.codebasemcp.application.port.out.InProcessJobQueueSignal;
import dev.codebasemcp.application.port.out.IndexResult;
import dev.codebasemcp.application.port.out.Indexer;
import dev.codebasemcp.domain.job.IndexingJob;
import dev.codebasemcp.domain.job.JobStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine as wired in production checks the repository again when its worker claims the job. */
class JobEngineRecheckTest {

    @TempDir
    Path tmp;

    private final InMemoryJobStore store = new InMemoryJobStore();
    private final List<Path> indexed = new CopyOnWriteArrayList<>();
    private final Indexer recording = (request, monitor) -> {
        indexed.add(request.repoPath());
        return new IndexResult(0, 0, 0, Map.of(), 0, Duration.ZERO);
    };
    private final JobEngine engine = JobEngine.create(store, new InProcessJobQueueSignal(), recording, Clock.systemUTC(),
            IndexingWorkerTest.fastSettings(), new ProjectResolver(null, new InMemoryProjectConfigs()), new DiskPaths());

    @AfterEach
    void stopWorker() {
        engine.worker().close();
    }

    @Test
    void aDirectorySwappedForASymlinkBetweenSubmissionAndClaimIsNotIndexed() throws IOException {
        Path parent = Files.createDirectories(tmp.resolve("parent/repo")).getParent();
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere/repo")).getParent();
        IndexingJob job = engine.start().start(StartIndexingCommand.of(parent.resolve("repo").toRealPath().toString())).job();
        Files.delete(parent.resolve("repo"));
        Files.delete(parent);
        Files.createSymbolicLink(parent, elsewhere);

        engine.worker().start();

        await("the job fails", () -> store.findById(job.id()).orElseThrow().status() == JobStatus.FAILED);
        assertThat(store.findById(job.id()).orElseThrow().errorMessage())
                .contains("now resolves to " + elsewhere.toRealPath().resolve("repo"))
                .contains("a symbolic link appeared in it since the job was submitted");
        assertThat(indexed).isEmpty();
    }

    @Test
    void anUnchangedRepositoryIsIndexed() throws IOException {
        Path repo = Files.createDirectories(tmp.resolve("repo")).toRealPath();
        IndexingJob job = engine.start().start(StartIndexingCommand.of(repo.toString())).job();

        engine.worker().start();

        await("the job completes", () -> store.findById(job.id()).orElseThrow().status() == JobStatus.COMPLETED);
        assertThat(indexed).containsExactly(repo);
    }
}
