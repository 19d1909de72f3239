package dev.codebasemcp.persistence.jooq.index;

import dev.codebasemcp.application.port.out.StoreUnavailableException;
import dev.codebasemcp.persistence.jooq.database.StoreFailures;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chunk tables of one repository: its partition of {@code chunk} ({@code chunk_r<id>}) and the
 * staging table a first index or a rebuild loads into ({@code chunk_s<id>}). Loading a table without
 * indexes and building them once is far cheaper than growing GIN indexes row by row; attaching the
 * staging table then costs no scan, because its CHECK constraint already proves the partition bound.
 */
final class ChunkTables {

    private static final Logger LOG = LoggerFactory.getLogger(ChunkTables.class);
    private static final Duration ORPHAN_WAIT = Duration.ofSeconds(10);
    private static final Duration DDL_LOCK_TIMEOUT = Duration.ofSeconds(5);

    private final long repositoryId;

    ChunkTables(long repositoryId) {
        this.repositoryId = repositoryId;
    }

    String partition() {
        return "chunk_r" + repositoryId;
    }

    String staging() {
        return "chunk_s" + repositoryId;
    }

    boolean partitionExists(Connection connection) throws SQLException {
        return exists(connection, partition());
    }

    /** @return whether there was a staging table to drop */
    boolean dropStaging(Connection connection) throws SQLException {
        if (!exists(connection, staging())) {
            return false;
        }
        Sql.execute(connection, "DROP TABLE " + staging());
        return true;
    }

    /** Creates the staging table unless one from an interrupted first index is there to continue. */
    void createStaging(Connection connection) throws SQLException {
        Sql.execute(connection, "CREATE TABLE IF NOT EXISTS " + staging() + " (LIKE chunk INCLUDING DEFAULTS INCLUDING STORAGE,"
                + " CONSTRAINT " + staging() + "_repository_check CHECK (repository_id = " + repositoryId + "))");
    }

    /**
     * Builds the primary key and the search indexes of the staging table; those an interrupted
     * build already finished are kept.
     */
    void indexStaging(DataSource dataSource, IndexBuildTuning tuning) throws SQLException {
        String prefix = staging();
        List<String> statements = List.of(
                "CREATE INDEX IF NOT EXISTS " + prefix + "_trgm ON " + staging() + " USING gin (content gin_trgm_ops)",
                "CREATE INDEX IF NOT EXISTS " + prefix + "_tokens ON " + staging() + " USING gin (content_tokens)");
        try (Connection connection = dataSource.getConnection()) {
            if (!hasPrimaryKey(connection)) {
                Sql.execute(connection, "ALTER TABLE " + staging() + " ADD CONSTRAINT " + prefix
                        + "_pkey PRIMARY KEY (repository_id, content_id, ordinal)");
            }
        }
        if (!tuning.concurrentIndexBuilds()) {
            for (String statement : statements) {
                runTuned(dataSource, tuning, statement);
            }
            return;
        }
        ExecutorService builders = Executors.newFixedThreadPool(statements.size());
        try {
            List<Future<Void>> builds = new ArrayList<>();
            for (String statement : statements) {
                builds.add(builders.submit(() -> {
                    runTuned(dataSource, tuning, statement);
                    return null;
                }));
            }
            for (Future<Void> build : builds) {
                build.get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new IllegalStateException("Building the chunk indexes failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while building the chunk indexes", e);
        } finally {
            builders.shutdownNow();
        }
        try (Connection connection = dataSource.getConnection()) {
            Sql.execute(connection, "ANALYZE " + staging());
        }
    }

    /**
     * Within the publishing transaction: replaces the repository's partition by the staging table.
     * Detaching the old partition takes a short exclusive lock on {@code chunk}.
     */
    void swapInStaging(Connection connection) throws SQLException {
        // Queued behind a long lock holder, the exclusive lock request would make every search wait
        // too: give up soon instead; the failure is transient and the job tries again.
        Sql.execute(connection, "SET LOCAL lock_timeout = '" + DDL_LOCK_TIMEOUT.toMillis() + "ms'");
        if (partitionExists(connection)) {
            Sql.execute(connection, "ALTER TABLE chunk DETACH PARTITION " + partition());
            Sql.execute(connection, "DROP TABLE " + partition());
        }
        Sql.execute(connection, "ALTER TABLE chunk ATTACH PARTITION " + staging() + " FOR VALUES IN (" + repositoryId + ")");
        Sql.execute(connection, "ALTER TABLE " + staging() + " RENAME TO " + partition());
        // Names follow the table, so the next staging table of this repository can use the staging names again.
        for (String suffix : List.of("_pkey", "_repository_check")) {
            Sql.execute(connection, "ALTER TABLE " + partition() + " RENAME CONSTRAINT " + staging() + suffix + " TO " + partition() + suffix);
        }
        for (String suffix : List.of("_trgm", "_tokens")) {
            Sql.execute(connection, "ALTER INDEX " + staging() + suffix + " RENAME TO " + partition() + suffix);
        }
    }

    /**
     * Runs a long index build in a transaction whose settings end with it, so no RESET is needed
     * afterwards (one that fails on a dropped connection would hide the real cause); the session
     * carries this repository's build tag while it runs, so a later attempt can find and end it.
     */
    private void runTuned(DataSource dataSource, IndexBuildTuning tuning, String statement) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                tagSession(connection);
                Sql.execute(connection, "SET LOCAL maintenance_work_mem = '" + tuning.maintenanceWorkMemMb() + "MB'");
                Sql.execute(connection, "SET LOCAL max_parallel_maintenance_workers = " + tuning.parallelWorkersPerIndex());
                Sql.execute(connection, statement);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                StoreFailures.rollbackAfter(connection, e);
                throw e;
            }
        }
    }

    /** Marks the current transaction's session as building this repository's index (see {@link #fenceOrphans}). */
    void tagSession(Connection connection) throws SQLException {
        Sql.execute(connection, "SET LOCAL application_name = '" + sessionTag() + "'");
    }

    /**
     * Ends the sessions still building this repository's index for an earlier attempt. A process
     * killed during {@code CREATE INDEX} leaves its session running the statement until it ends; a
     * new attempt reaching the same statement would wait behind it and then fail on the name the
     * orphan created. The job engine runs one attempt per repository at a time, so every other
     * tagged session belongs to a dead or fenced-off attempt.
     *
     * @throws StoreUnavailableException when an orphan does not end within the wait
     */
    void fenceOrphans(Connection connection) throws SQLException {
        try (PreparedStatement terminate = connection.prepareStatement("""
                SELECT pid, pg_terminate_backend(pid, ?) FROM pg_stat_activity
                WHERE application_name = ? AND pid <> pg_backend_pid()""")) {
            terminate.setLong(1, ORPHAN_WAIT.toMillis());
            terminate.setString(2, sessionTag());
            try (ResultSet rows = terminate.executeQuery()) {
                while (rows.next()) {
                    if (!rows.getBoolean(2)) {
                        throw new StoreUnavailableException("Session " + rows.getInt(1) + " of an earlier attempt "
                                + "still builds the index of repository " + repositoryId + " after "
                                + ORPHAN_WAIT.toSeconds() + " s", null);
                    }
                    LOG.warn("Ended session {} left building the index of repository {} by an earlier attempt",
                            rows.getInt(1), repositoryId);
                }
            }
        }
    }

    private String sessionTag() {
        return "codebase-mcp build r" + repositoryId;
    }

    private boolean hasPrimaryKey(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT count(*) FROM pg_constraint WHERE contype = 'p' AND conrelid = '"
                     + staging() + "'::regclass")) {
            row.next();
            return row.getInt(1) > 0;
        }
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT to_regclass('" + table + "') IS NOT NULL")) {
            row.next();
            return row.getBoolean(1);
        }
    }
}
