package dev.codebasemcp.persistence.jooq.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import dev.codebasemcp.persistence.jooq.embedded.EmbeddedServer;
import dev.codebasemcp.persistence.jooq.embedded.EmbeddedServerWatchdog;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the application's database and brings its schema up to date. With a URL in the settings it
 * connects to that server; without one it joins (or starts) the embedded PostgreSQL of
 * {@code CODEBASE_HOME}, which several processes share (see {@link EmbeddedServer}).
 */
public final class DatabaseFactory {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseFactory.class);
    private static final String POOL_NAME = "codebase-mcp";
    private static final String JOB_POOL_NAME = "codebase-mcp-jobs";
    /**
     * Connections of the separate pool the job store uses (claims, heartbeats, reaping, status), so
     * searches and index writers, which share the main pool, can never starve a lease renewal.
     */
    static final int JOB_POOL_SIZE = 3;
    /**
     * Longest wait for the server's answer on a main-pool connection: far above any search (they
     * have a statement timeout) and any index build, yet a dead server or network is noticed.
     */
    static final Duration SOCKET_TIMEOUT = Duration.ofMinutes(30);
    /** The job store's statements are all short: a stuck one must not outlive a lease. */
    static final Duration JOB_SOCKET_TIMEOUT = Duration.ofSeconds(20);

    private DatabaseFactory() {
    }

    /**
     * @throws dev.codebasemcp.domain.InvalidInputException when {@code CODEBASE_HOME} cannot hold the embedded database
     * @throws IllegalStateException when the embedded server cannot be started or reached, or the configured
     *                               server cannot be reached or migrated
     */
    public static Database open(DatabaseSettings settings) {
        return settings.isEmbedded() ? openEmbedded(settings) : openServer(settings);
    }

    /**
     * Stops the embedded server of {@code home} at once, ending the sessions of every process
     * using it (they reconnect when one of them, or a new process, starts it again).
     *
     * @return false when it was not running
     */
    public static boolean stopEmbedded(Path home) {
        return EmbeddedServer.stop(EmbeddedHome.usableDirectory(home));
    }

    private static Database openServer(DatabaseSettings settings) {
        HikariDataSource pool = pool(settings.url(), settings.user(), settings.password(), settings.maxPoolSize());
        migrate(pool);
        HikariDataSource jobs = jobPool(pool, settings.url(), settings.user(), settings.password());
        return new Database(pool, jobs, DirectConnections.of(settings.url(), settings.user(), settings.password()), null,
                null, () -> {
                });
    }

    private static Database openEmbedded(DatabaseSettings settings) {
        Path directory = EmbeddedHome.usableDirectory(settings.home());
        int port = EmbeddedServer.acquire(directory, settings.embeddedIdle());
        try {
            String url = EmbeddedServer.jdbcUrl(directory, port);
            String password = EmbeddedServer.password(directory);
            HikariDataSource pool = pool(url, null, password, settings.maxPoolSize());
            migrate(pool);
            HikariDataSource jobs = jobPool(pool, url, null, password);
            EmbeddedServerWatchdog watchdog = new EmbeddedServerWatchdog(directory, port);
            return new Database(pool, jobs, DirectConnections.of(url, null, password),
                    EmbeddedServer.dataDirectory(directory), watchdog, () -> {
                        watchdog.close();
                        EmbeddedServer.release(directory);
                    });
        } catch (RuntimeException e) {
            EmbeddedServer.release(directory);
            throw e;
        }
    }

    private static void migrate(HikariDataSource pool) {
        try {
            int applied = SchemaMigrator.migrate(pool);
            if (applied > 0) {
                LOG.info("Applied {} schema migration(s) to {}", applied, JdbcUrls.masked(pool.getJdbcUrl()));
            }
        } catch (RuntimeException e) {
            pool.close();
            throw new IllegalStateException("Could not migrate the database at " + JdbcUrls.masked(pool.getJdbcUrl()) + ": "
                    + e.getMessage(), e);
        }
    }

    private static HikariDataSource pool(String url, String user, String password, int maxPoolSize) {
        return pool(POOL_NAME, url, user, password, maxPoolSize, SOCKET_TIMEOUT);
    }

    private static HikariDataSource jobPool(HikariDataSource main, String url, String user, String password) {
        try {
            return pool(JOB_POOL_NAME, url, user, password, JOB_POOL_SIZE, JOB_SOCKET_TIMEOUT);
        } catch (RuntimeException e) {
            main.close();
            throw e;
        }
    }

    private static HikariDataSource pool(String name, String url, String user, String password, int maxPoolSize,
                                         Duration socketTimeout) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.addDataSourceProperty("socketTimeout", Long.toString(socketTimeout.toSeconds()));
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(maxPoolSize);
        config.setMinimumIdle(Math.min(2, maxPoolSize));
        config.setConnectionTimeout(10_000);
        try {
            return new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IllegalStateException("Cannot connect to the database at " + JdbcUrls.masked(url) + ": "
                    + cause.getMessage(), e);
        }
    }
}
