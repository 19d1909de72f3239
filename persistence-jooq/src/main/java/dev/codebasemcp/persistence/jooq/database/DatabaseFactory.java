package dev.codebasemcp.persistence.jooq.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.nio.file.Path;
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

    private DatabaseFactory() {
    }

    /**
     * @throws dev.codebasemcp.domain.InvalidInputException when {@code CODEBASE_HOME} cannot hold the embedded database
     * @throws EmbeddedDatabaseException when the embedded server cannot be started or reached
     * @throws IllegalStateException when the configured server cannot be reached or migrated
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
        return EmbeddedServer.stop(home);
    }

    private static Database openServer(DatabaseSettings settings) {
        HikariDataSource pool = pool(settings.url(), settings.user(), settings.password(), settings.maxPoolSize());
        migrate(pool);
        return new Database(pool, DirectConnections.of(settings.url(), settings.user(), settings.password()), null, () -> {
        });
    }

    private static Database openEmbedded(DatabaseSettings settings) {
        Path home = settings.home();
        int port = EmbeddedServer.acquire(home, settings.embeddedIdle());
        try {
            String url = EmbeddedServer.jdbcUrl(port);
            String password = EmbeddedServer.password(home);
            HikariDataSource pool = pool(url, null, password, settings.maxPoolSize());
            migrate(pool);
            return new Database(pool, DirectConnections.of(url, null, password),
                    EmbeddedServer.dataDirectory(home), () -> EmbeddedServer.release(home));
        } catch (RuntimeException e) {
            EmbeddedServer.release(home);
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
        HikariConfig config = new HikariConfig();
        config.setPoolName(POOL_NAME);
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
