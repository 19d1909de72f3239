package dev.codebasemcp.persistence.jooq.database;

import com.zaxxer.hikari.HikariDataSource;
import dev.codebasemcp.persistence.jooq.embedded.EmbeddedServerWatchdog;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * An open, migrated database: a connection pool plus a way to open connections outside it. Made by
 * {@link DatabaseFactory#open}; {@link #close()} closes the pool and, for the embedded server,
 * leaves it (see {@link DatabaseSettings#embeddedIdle()} for when it stops).
 */
public final class Database implements AutoCloseable {

    private final HikariDataSource pool;
    private final HikariDataSource jobPool;
    private final EmbeddedServerWatchdog watchdog;
    private final DirectConnections directConnections;
    private final Path dataDirectory;
    private final Runnable onClose;
    private boolean closed;

    Database(HikariDataSource pool, HikariDataSource jobPool, DirectConnections directConnections, Path dataDirectory,
             EmbeddedServerWatchdog watchdog, Runnable onClose) {
        this.pool = pool;
        this.jobPool = jobPool;
        this.watchdog = watchdog;
        this.directConnections = directConnections;
        this.dataDirectory = dataDirectory;
        this.onClose = onClose;
    }

    public DataSource dataSource() {
        return pool;
    }

    /**
     * The small separate pool of the job store: lease renewals and reaping never wait behind
     * searches or index writers.
     */
    public DataSource jobDataSource() {
        return jobPool;
    }

    /**
     * For a process that runs jobs: starts the embedded server again whenever it stops while this
     * database is open (a {@code db stop} elsewhere, a crash). Does nothing for a configured server.
     */
    public void keepEmbeddedServerRunning() {
        if (watchdog != null) {
            watchdog.start();
        }
    }

    /** Connections outside the pool, for sessions that stay open (LISTEN). */
    public DirectConnections directConnections() {
        return directConnections;
    }

    /** The URL the pool connects to, with any password in it masked. */
    public String jdbcUrl() {
        return JdbcUrls.masked(pool.getJdbcUrl());
    }

    public boolean isEmbedded() {
        return dataDirectory != null;
    }

    /** URL, server version, data directory and applied migrations, as {@code db info} shows them. */
    public DatabaseInfo info() {
        try (Connection connection = pool.getConnection();
             Statement statement = connection.createStatement();
             ResultSet version = statement.executeQuery("SHOW server_version")) {
            version.next();
            return new DatabaseInfo(jdbcUrl(), isEmbedded(), version.getString(1), dataDirectory,
                    SchemaMigrator.applied(pool));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the database's version from " + jdbcUrl() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            jobPool.close();
            pool.close();
            onClose.run();
        }
    }
}
