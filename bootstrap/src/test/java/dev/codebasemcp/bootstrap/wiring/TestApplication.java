package dev.codebasemcp.bootstrap.wiring;

import dev.codebasemcp.application.port.out.ChunkHit;
import dev.codebasemcp.application.port.out.CodeSearch;
import dev.codebasemcp.application.port.out.InMemoryIndexStore;
import dev.codebasemcp.application.port.out.InMemoryJobStore;
import dev.codebasemcp.application.port.out.InProcessJobQueueSignal;
import dev.codebasemcp.application.port.out.Indexer;
import dev.codebasemcp.application.port.out.JobQueueSignal;
import dev.codebasemcp.application.port.out.JobStore;
import dev.codebasemcp.application.port.out.SearchCriteria;
import dev.codebasemcp.application.service.jobs.JobEngineSettings;
import dev.codebasemcp.bootstrap.config.Settings;
import dev.codebasemcp.bootstrap.filesystem.FileSystemSourceTree;
import dev.codebasemcp.domain.project.ProjectId;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The application as the production wiring ({@link Wiring#assemble}) builds it, over test adapters:
 * a job store and queue signal (in memory unless given), an in-memory index store and the given code
 * search, with {@code indexer} running every job in place of the repository indexer.
 */
public record TestApplication(Settings settings, JobStore jobStore, JobQueueSignal signal, Indexer indexer,
                              CodeSearch codeSearch, JobEngineSettings engineSettings, Runnable onWorkerStart) {

    /** Engine timings for tests: quick polls, heartbeats and checkpoints, a short shutdown grace. */
    public static final JobEngineSettings QUICK = JobEngineSettings.defaults().withPollInterval(Duration.ofMillis(50))
            .withLease(Duration.ofSeconds(10), Duration.ofMillis(200), Duration.ofMillis(50))
            .withShutdownGrace(Duration.ofSeconds(5));

    /** A code search over an empty index. */
    public static final CodeSearch NOTHING_INDEXED = new CodeSearch() {
        @Override
        public List<ChunkHit> find(SearchCriteria criteria) {
            return List.of();
        }

        @Override
        public List<ProjectId> indexedProjects() {
            return List.of();
        }

        @Override
        public boolean isIndexed(ProjectId projectIdOrNull, Path repository) {
            return false;
        }
    };

    /** Over an in-memory job store and queue signal, with the engine timings of the settings. */
    public static TestApplication inMemory(Settings settings, Indexer indexer, CodeSearch codeSearch) {
        return new TestApplication(settings, new InMemoryJobStore(), new InProcessJobQueueSignal(), indexer, codeSearch,
                Wiring.jobEngineSettings(settings), () -> {
                });
    }

    public TestApplication withJobStore(JobStore store) {
        return new TestApplication(settings, store, signal, indexer, codeSearch, engineSettings, onWorkerStart);
    }

    public TestApplication withSignal(JobQueueSignal queueSignal) {
        return new TestApplication(settings, jobStore, queueSignal, indexer, codeSearch, engineSettings, onWorkerStart);
    }

    public TestApplication withEngineSettings(JobEngineSettings engine) {
        return new TestApplication(settings, jobStore, signal, indexer, codeSearch, engine, onWorkerStart);
    }

    public TestApplication withOnWorkerStart(Runnable hook) {
        return new TestApplication(settings, jobStore, signal, indexer, codeSearch, engineSettings, hook);
    }

    /** A new application on these adapters; {@code options} wrap the test indexer as they would the real one. */
    public CodebaseMcpApplication open(ApplicationOptions options) {
        Adapters adapters = new Adapters(jobStore, signal, new InMemoryIndexStore(), new FileSystemSourceTree(),
                codeSearch, List.of());
        ApplicationOptions withTestIndexer = options.withIndexerDecorator(
                repositoryIndexer -> options.indexerDecorator().apply(indexer));
        return Wiring.assemble(settings, adapters, withTestIndexer, Clock.systemUTC(), engineSettings, onWorkerStart);
    }
}
