package dev.codebasemcp.persistence.jooq.database;

import dev.codebasemcp.domain.InvalidInputException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the database is. With a {@code url} the application uses that PostgreSQL server; without
 * one it uses the embedded server whose data lives under {@code home}.
 *
 * @param url         JDBC URL of a PostgreSQL server ({@value #URL_VARIABLE}); null for the embedded default
 * @param user        user for {@code url} (CODEBASE_DATABASE_USER); null when the URL names it or for the embedded server
 * @param password    password for {@code url} (CODEBASE_DATABASE_PASSWORD); may be null
 * @param home        the application's home directory ({@value #HOME_VARIABLE}); the embedded server keeps its data in {@code home/postgres}
 * @param maxPoolSize largest number of pooled connections
 * @param embeddedIdle how long the embedded server keeps running after its last user left
 *                     ({@value #IDLE_VARIABLE}); zero stops it as soon as the last user leaves
 */
public record DatabaseSettings(String url, String user, String password, Path home, int maxPoolSize,
                               Duration embeddedIdle) {

    public static final String URL_VARIABLE = "CODEBASE_DATABASE_URL";
    public static final String HOME_VARIABLE = "CODEBASE_HOME";
    static final String IDLE_VARIABLE = "CODEBASE_EMBEDDED_IDLE_SECONDS";
    static final int DEFAULT_POOL_SIZE = 10;
    static final long DEFAULT_IDLE_SECONDS = 300;
    static final long MAX_IDLE_SECONDS = 86_400;

    public DatabaseSettings {
        if (url != null && !url.startsWith("jdbc:postgresql:")) {
            throw new InvalidInputException(URL_VARIABLE, "Invalid " + URL_VARIABLE + ": '" + JdbcUrls.masked(url)
                    + "' (expected a PostgreSQL JDBC URL such as jdbc:postgresql://localhost:5432/codebase)");
        }
        if (home == null) {
            throw new InvalidInputException(HOME_VARIABLE, HOME_VARIABLE + " is required");
        }
        if (maxPoolSize < 1 || maxPoolSize > 200) {
            throw new InvalidInputException("max_pool_size", "Invalid pool size " + maxPoolSize + " (allowed: 1-200)");
        }
        if (embeddedIdle == null || embeddedIdle.isNegative() || embeddedIdle.toSeconds() > MAX_IDLE_SECONDS) {
            throw new InvalidInputException(IDLE_VARIABLE, "Invalid " + IDLE_VARIABLE + " " + embeddedIdle
                    + " (allowed: 0-" + MAX_IDLE_SECONDS + " seconds)");
        }
    }

    /** The embedded server with its data under {@code home}, stopped as soon as its last user leaves. */
    public static DatabaseSettings embedded(Path home) {
        return new DatabaseSettings(null, null, null, home, DEFAULT_POOL_SIZE, Duration.ZERO);
    }

    /** These settings with the embedded server outliving its last user by {@code idle}. */
    public DatabaseSettings withEmbeddedIdle(Duration idle) {
        return new DatabaseSettings(url, user, password, home, maxPoolSize, idle);
    }

    /** An existing PostgreSQL server; {@code home} is still where the application keeps its own files. */
    public static DatabaseSettings server(String url, String user, String password, Path home) {
        return new DatabaseSettings(url, user, password, home, DEFAULT_POOL_SIZE, Duration.ZERO);
    }

    public boolean isEmbedded() {
        return url == null;
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + JdbcUrls.masked(url) + ", user=" + user + ", password=" + (password == null ? "none" : "***")
                + ", home=" + home + ", maxPoolSize=" + maxPoolSize + ", embeddedIdle=" + embeddedIdle + "]";
    }

}
