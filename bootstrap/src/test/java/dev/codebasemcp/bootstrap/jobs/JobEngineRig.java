package dev.codebasemcp.bootstrap.jobs;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.codebasemcp.application.service.indexing.IndexingSettings;
import dev.codebasemcp.application.service.indexing.RepositoryIndexer;
import dev.codebasemcp.application.service.jobs.JobEngine;
import dev.codebasemcp.application.service.jobs.JobEngineSettings;
import dev.codebasemcp.application.service.jobs.ProjectResolver;
import dev.codebasemcp.bootstrap.filesystem.FileSystemSourceTree;
import dev.codebasemcp.bootstrap.filesystem.JsonProjectConfigFiles;
import dev.codebasemcp.bootstrap.filesystem.LocalPathInspector;
import dev.codebasemcp.domain.index.ChunkingOptions;
import dev.codebasemcp.domain.job.JobStatus;
import dev.codebasemcp.persistence.jooq.database.DirectConnections;
import dev.codebasemcp.persistence.jooq.index.PostgresIndexStore;
import dev.codebasemcp.persistence.jooq.job.PostgresJobStore;
import dev.codebasemcp.persistence.jooq.job.PostgresJobQueueSignal;
import java.time.Clock;
import java.time.Duration;

/**
 * One engine as a server process has it: its own connection pool, job store, LISTEN/NOTIFY signal,
 * the real indexer (wrapped for counting) and a worker, on a shared database.
 */
final class JobEngineRig implements AutoCloseable {

    static final JobEngineSettings SETTINGS = JobEngineSettings.defaults()
            .withLease(Duration.ofSeconds(4), Duration.ofSeconds(1), Duration.ofMillis(250))
            .withPollInterval(Duration.ofMillis(500));

    /** Small batches, so progress and stored files grow during a run that a test interrupts. */
    static final IndexingSettings INDEXING = new IndexingSettings(IndexingSettings.DEFAULT_MAX_FILE_BYTES,
            ChunkingOptions.DEFAULT, 2, 20, 4L * 1024 * 1024);

    private final HikariDataSource pool;
    private final PostgresJobQueueSignal signal;
    private final CountingIndexer indexer;
    private final JobEngine engine;

    private JobEngineRig(String jdbcUrl, JobEngineSettings settings, Duration perFile, String poolName) {
        Clock clock = Clock.systemUTC();
        this.pool = pool(jdbcUrl, poolName);
        this.signal = new PostgresJobQueueSignal(pool, DirectConnections.of(jdbcUrl, null, null));
        this.indexer = new CountingIndexer(new RepositoryIndexer(new SlowSourceTree(new FileSystemSourceTree(), perFile),
                new PostgresIndexStore(pool), INDEXING, clock));
        this.engine = JobEngine.create(new PostgresJobStore(pool), signal, indexer, clock, settings, new ProjectResolver(null, new JsonProjectConfigFiles()),
                new LocalPathInspector());
    }

    /** An engine whose worker is running. */
    static JobEngineRig started(String jdbcUrl, JobEngineSettings settings, Duration perFile, String name) {
        JobEngineRig rig = new JobEngineRig(jdbcUrl, settings, perFile, name);
        rig.engine.worker().start();
        return rig;
    }

    /** An engine that only queues and reads jobs, as a client process does. */
    static JobEngineRig clientOnly(String jdbcUrl, String name) {
        return new JobEngineRig(jdbcUrl, SETTINGS, Duration.ZERO, name);
    }

    static HikariDataSource pool(String jdbcUrl, String name) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setPoolName(name);
        config.setMaximumPoolSize(6);
        config.setMinimumIdle(0);
        // Fail fast while a test has stopped the database, instead of Hikari's default 30 s.
        config.setConnectionTimeout(3000);
        return new HikariDataSource(config);
    }

    JobEngine engine() {
        return engine;
    }

    /**
     * The job's status, or null when the read failed: right after its connections were terminated
     * or while the database is down, a request may fail once before the pool replaces the connection.
     */
    JobStatus statusOrNull(String jobId) {
        try {
            return engine.status().status(jobId).job().status();
        } catch (RuntimeException connectionNotBackYet) {
            return null;
        }
    }

    CountingIndexer indexer() {
        return indexer;
    }

    HikariDataSource pool() {
        return pool;
    }

    @Override
    public void close() {
        engine.worker().close();
        signal.close();
        pool.close();
    }
}
