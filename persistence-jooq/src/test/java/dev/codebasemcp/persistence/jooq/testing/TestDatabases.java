package dev.codebasemcp.persistence.jooq.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.codebasemcp.persistence.jooq.database.SchemaMigrations;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fresh databases for tests, so test classes cannot see each other's rows. Each one is a new
 * database (random name) on one server: the PostgreSQL named by {@value #URL_VARIABLE} when that
 * variable is set (its user must be allowed to create databases), otherwise one embedded
 * PostgreSQL started once per JVM and stopped when the JVM exits.
 */
public final class TestDatabases {

    public static final String URL_VARIABLE = "CODEBASE_TEST_DATABASE_URL";

    private static final Pattern POSTGRES_URL = Pattern.compile("^(jdbc:postgresql://[^/?]*)(/[^?]*)?(\\?.*)?$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private TestDatabases() {
    }

    /** A new database with every migration on the classpath applied. */
    public static TestDatabase migrated() {
        TestDatabase database = empty();
        try {
            SchemaMigrations.applyAll(database.dataSource());
            return database;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** A new database without any table. */
    public static TestDatabase empty() {
        String name = "codebase_test_" + HexFormat.of().formatHex(randomBytes());
        String adminUrl = ServerHolder.ADMIN_URL;
        execute(adminUrl, "CREATE DATABASE " + name);
        String url = withDatabase(adminUrl, name);
        return new TestDatabase(name, url, pool(name, url), () -> execute(adminUrl, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
    }

    /** The JDBC URL of the server's maintenance database (for tests that manage databases themselves). */
    public static String serverAdminUrl() {
        return ServerHolder.ADMIN_URL;
    }

    static String withDatabase(String jdbcUrl, String database) {
        Matcher matcher = POSTGRES_URL.matcher(jdbcUrl);
        if (!matcher.matches()) {
            throw new IllegalArgumentException(URL_VARIABLE + " must look like jdbc:postgresql://host:port/database?user=...; got " + jdbcUrl);
        }
        return matcher.group(1) + "/" + database + (matcher.group(3) == null ? "" : matcher.group(3));
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static HikariDataSource pool(String name, String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setPoolName(name);
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(0);
        return new HikariDataSource(config);
    }

    private static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test database statement failed on " + url + ": " + sql, e);
        }
    }

    /** The server all test databases live on, chosen once per JVM. */
    private static final class ServerHolder {

        static final String ADMIN_URL = start();

        private static String start() {
            String configured = System.getenv(URL_VARIABLE);
            if (configured != null && !configured.isBlank()) {
                return configured.strip();
            }
            try {
                EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setServerConfig("max_connections", "300")
                        .start();
                return postgres.getJdbcUrl("postgres", "postgres");
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL for tests", e);
            }
        }
    }
}
