package dev.codebasemcp.application.service.indexing;

import static dev.codebasemcp.application.testing.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.codebasemcp.application.port.in.StartIndexingCommand;
import dev.codebasemcp.application.port.out.InMemoryIndexStore;
import dev.codebasemcp.application.port.out.InMemoryJobStore;
import dev.codebasemcp.application.port.out.InProcessJobQueueSignal;
import dev.codebasemcp.application.service.jobs.DiskPaths;
import dev.codebasemcp.application.service.jobs.InMemoryProjectConfigs;
import dev.codebasemcp.application.service.jobs.IndexingWorker;
import dev.codebasemcp.application.service.jobs.JobEngineSettings;
import dev.codebasemcp.application.service.jobs.ProjectResolver;
import dev.codebasemcp.application.service.jobs.StartIndexingService;
import dev.codebasemcp.domain.index.ChunkingOptions;
import dev.codebasemcp.domain.job.IndexingJob;
import dev.codebasemcp.domain.job.JobStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A job whose read never returns (a FIFO, a hung mount) still ends, and its repository is free again. */
class StuckReadJobTest {

    @TempDir
    Path repo;

    private final InMemoryJobStore store = new InMemoryJobStore();
    private final InProcessJobQueueSignal signal = new InProcessJobQueueSignal();
    private final InMemorySourceTree tree = new InMemorySourceTree();
    private final CountDownLatch readHangs = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final JobEngineSettings settings = JobEngineSettings.defaults()
            .withLease(Duration.ofSeconds(2), Duration.ofMillis(100), Duration.ofMillis(20))
            .withPollInterval(Duration.ofMillis(50))
            .withJobTimeout(Duration.ofSeconds(2));
    private final IndexingWorker worker = new IndexingWorker(store,
            new RepositoryIndexer(tree, new InMemoryIndexStore(),
                    new IndexingSettings(100, new ChunkingOptions(3, 200, 1), 2, 2, 1000), Clock.systemUTC()),
            signal, Clock.systemUTC(), settings, IndexingWorker.newWorkerId());

    @AfterEach
    void stop() {
        release.countDown();
        worker.close();
    }

    @Test
    void theTimeoutEndsAJobWhoseReadHangsAndTheRepositoryCanBeIndexedAgain() throws IOException {
        tree.put("A.java", "class A {}").put("fifo.java", "never read").hangsOn("fifo.java", readHangs, release);
        StartIndexingService start = new StartIndexingService(store, signal, settings.pathPolicy(), new DiskPaths(),
                new ProjectResolver(null, new InMemoryProjectConfigs()), Clock.systemUTC());
        worker.start();

        IndexingJob job = start.start(StartIndexingCommand.of(repo.toRealPath().toString())).job();
        await("the read hangs", () -> readHangs.getCount() == 0);
        await("the job fails as timed out", () -> store.findById(job.id()).orElseThrow().status() == JobStatus.FAILED);

        assertThat(store.findById(job.id()).orElseThrow().errorMessage()).contains("timed out after 2 s");
        IndexingJob next = start.start(StartIndexingCommand.of(repo.toRealPath().toString())).job();
        assertThat(next.id()).isNotEqualTo(job.id());
        assertThat(next.status()).isEqualTo(JobStatus.PENDING);
    }
}
