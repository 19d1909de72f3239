package dev.codebasemcp.bootstrap.wiring;

import dev.codebasemcp.application.port.in.UseCases;
import dev.codebasemcp.application.port.out.Indexer;
import dev.codebasemcp.application.service.SearchCodeService;
import dev.codebasemcp.application.service.indexing.IndexingSettings;
import dev.codebasemcp.application.service.indexing.RepositoryIndexer;
import dev.codebasemcp.application.service.jobs.JobEngine;
import dev.codebasemcp.application.service.jobs.JobEngineSettings;
import dev.codebasemcp.application.service.jobs.ProjectResolver;
import dev.codebasemcp.bootstrap.config.Settings;
import dev.codebasemcp.bootstrap.filesystem.FileSystemSourceTree;
import dev.codebasemcp.bootstrap.filesystem.JsonProjectConfigFiles;
import dev.codebasemcp.bootstrap.filesystem.LocalPathInspector;
import dev.codebasemcp.persistence.jooq.database.Database;
import dev.codebasemcp.persistence.jooq.database.DatabaseFactory;
import dev.codebasemcp.persistence.jooq.database.DatabaseSettings;
import dev.codebasemcp.persistence.jooq.index.PostgresIndexStore;
import dev.codebasemcp.persistence.jooq.job.PostgresJobStore;
import dev.codebasemcp.persistence.jooq.job.PostgresJobQueueSignal;
import dev.codebasemcp.persistence.jooq.search.PostgresCodeSearch;
import dev.codebasemcp.domain.index.ChunkingOptions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Builds the whole application from settings, in plain Java: the adapters (database, file system),
 * then the services over them, then the worker. This is the one place the use cases are built:
 * every interface gets the same {@link UseCases}, so all resolve projects with the same resolver.
 */
public final class Wiring {

    /** How often an idle worker looks for jobs when no wake-up signal arrives. */
    static final Duration POLL_INTERVAL = Duration.ofSeconds(2);
    /** How long shutdown waits for running jobs to reach a checkpoint before handing them back anyway. */
    static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(10);
    /** How often running jobs write progress and check for cancellation, lease loss and timeout. */
    static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(1);
    /** The chunker does not end a chunk at a preferred boundary before it holds this many lines. */
    static final int CHUNK_MIN_LINES = 20;
    /** Pooled connections kept free of indexing writers. */
    static final int RESERVED_CONNECTIONS = 2;

    private Wiring() {
    }

    /**
     * The application on the database the settings name (the embedded server under CODEBASE_HOME
     * unless CODEBASE_DATABASE_URL is set), migrated; the caller closes it.
     */
    public static CodebaseMcpApplication open(Settings settings, ApplicationOptions options) {
        Database database = DatabaseFactory.open(databaseSettings(settings));
        try {
            PostgresJobQueueSignal signal = new PostgresJobQueueSignal(database.dataSource(), database.directConnections());
            Adapters adapters = new Adapters(new PostgresJobStore(database.jobDataSource()), signal,
                    new PostgresIndexStore(database.dataSource()), new FileSystemSourceTree(),
                    new PostgresCodeSearch(database.dataSource(), settings.searchTimeout()), List.of(database, signal));
            // Only a process that runs jobs keeps the embedded server up: a short command leaves it stopped.
            return assemble(settings, adapters, options, Clock.systemUTC(), jobEngineSettings(settings),
                    database::keepEmbeddedServerRunning);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public static DatabaseSettings databaseSettings(Settings settings) {
        Settings.Database database = settings.database();
        return new DatabaseSettings(database.url(), database.user(), database.password(), settings.home(),
                database.poolSize(), database.embeddedIdle());
    }

    /**
     * The services and the worker over the given adapters. The worker is built but not started;
     * closing the application stops it and then closes the adapters' resources.
     *
     * @param engineSettings {@link #jobEngineSettings} of the settings, unless a test needs other timings
     * @param onWorkerStart  what else a job-running process needs, run each time before the worker starts
     */
    public static CodebaseMcpApplication assemble(Settings settings, Adapters adapters, ApplicationOptions options,
                                                  Clock clock, JobEngineSettings engineSettings, Runnable onWorkerStart) {
        Indexer indexer = options.indexerDecorator().apply(
                new RepositoryIndexer(adapters.sourceTree(), adapters.indexStore(), indexingSettings(settings), clock));
        LocalPathInspector paths = new LocalPathInspector();
        ProjectResolver projects = new ProjectResolver(settings.defaultProject(), new JsonProjectConfigFiles());
        JobEngine engine = JobEngine.create(adapters.jobStore(), adapters.queueSignal(), indexer, clock,
                engineSettings, projects, paths);
        UseCases useCases = new UseCases(engine.start(), engine.status(), engine.list(), engine.cancel(), projects,
                options.searchDecorator().apply(new SearchCodeService(adapters.codeSearch(), paths)));
        return new CodebaseMcpApplication(settings, useCases, engine.worker(), onWorkerStart, adapters.resources());
    }

    /** The allowed roots become real paths here, so a root reached through a link still contains its repositories. */
    public static JobEngineSettings jobEngineSettings(Settings settings) {
        Settings.Jobs jobs = settings.jobs();
        return new JobEngineSettings(jobs.maxConcurrentJobs(), jobs.timeout(), jobs.lease(), jobs.heartbeat(),
                PROGRESS_INTERVAL, POLL_INTERVAL, jobs.maxAttempts(), SHUTDOWN_GRACE,
                new LocalPathInspector().realRoots(settings.allowedRoots()));
    }

    /**
     * Each writer thread of a running job holds a pooled connection, so all jobs of this process
     * together get no more writers than the pool has connections, keeping {@link #RESERVED_CONNECTIONS}
     * for status, search and the worker's own bookkeeping.
     */
    static IndexingSettings indexingSettings(Settings settings) {
        Settings.Indexing indexing = settings.indexing();
        IndexingSettings defaults = IndexingSettings.withMaxFileBytes(indexing.maxFileBytes());
        ChunkingOptions chunking = new ChunkingOptions(indexing.chunkMaxLines(), indexing.chunkMaxChars(),
                Math.min(CHUNK_MIN_LINES, indexing.chunkMaxLines()));
        int writersPerJob = Math.max(1, (settings.database().poolSize() - RESERVED_CONNECTIONS)
                / settings.jobs().maxConcurrentJobs());
        return new IndexingSettings(indexing.maxFileBytes(), chunking, Math.min(defaults.parallelism(), writersPerJob),
                defaults.batchFiles(), defaults.batchBytes());
    }
}
