package dev.codebasemcp.persistence.jooq.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The superuser's sessions on the embedded server of one {@code CODEBASE_HOME/postgres} directory:
 * securing a data directory, creating the application's database, ending sessions before a stop.
 */
final class SuperuserClient {

    static final String DATABASE = "codebase";
    static final String SUPERUSER = "postgres";

    /** The first line of a pg_hba.conf written by {@link #requirePassword}; its absence means "not yet secured". */
    static final String HBA_MARKER = "# codebase-mcp: every connection needs the password (scram-sha-256)";
    private static final String HBA = HBA_MARKER + "\n"
            + "local all all scram-sha-256\n"
            + "host all all 127.0.0.1/32 scram-sha-256\n"
            + "host all all ::1/128 scram-sha-256\n";

    private static final Logger LOG = LoggerFactory.getLogger(SuperuserClient.class);

    private final Path directory;
    private final Path dataDirectory;

    SuperuserClient(Path directory) {
        this.directory = directory;
        this.dataDirectory = directory.resolve("data");
    }

    /** The superuser's password, generated on first use. */
    String password() {
        return EmbeddedPassword.of(directory);
    }

    /**
     * Makes every connection to the server on {@code port} need the password: a data directory made
     * by {@code initdb -A trust} (new, or from a version that trusted every local user) gets the
     * password set and its pg_hba.conf replaced, then the server reloads it. Does nothing when done before.
     */
    void requirePassword(int port) {
        Path hba = dataDirectory.resolve("pg_hba.conf");
        try {
            if (Files.isRegularFile(hba) && Files.readString(hba, StandardCharsets.UTF_8).startsWith(HBA_MARKER)) {
                return;
            }
            try (Connection connection = connect(port);
                 Statement statement = connection.createStatement()) {
                statement.execute("SET password_encryption = 'scram-sha-256'");
                // The password is base64url text, so it needs no quoting beyond the literal's quotes.
                statement.execute("ALTER ROLE " + SUPERUSER + " PASSWORD '" + password() + "'");
                Path temporary = Files.createTempFile(dataDirectory, "pg_hba", ".tmp");
                Files.writeString(temporary, HBA, StandardCharsets.UTF_8);
                Files.move(temporary, hba, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                statement.execute("SELECT pg_reload_conf()");
            }
            LOG.info("The embedded PostgreSQL in {} now requires its password (scram-sha-256) for every connection",
                    dataDirectory);
        } catch (IOException | SQLException e) {
            throw new EmbeddedDatabaseException("Could not make the embedded PostgreSQL in " + dataDirectory
                    + " require a password: " + e.getMessage(), e);
        }
    }

    /** Creates the application's database on first use. */
    void createDatabase(int port) {
        try (Connection connection = connect(port);
             Statement statement = connection.createStatement()) {
            if (!statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'").next()) {
                statement.execute("CREATE DATABASE " + DATABASE);
            }
        } catch (SQLException e) {
            throw new EmbeddedDatabaseException("Could not create the database '" + DATABASE + "' on the embedded PostgreSQL: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Ends every client session but this one, runs {@code shutdownRequest}, and ends them again from
     * the same session: a pool may reconnect in between, and a smart shutdown refuses only connections
     * made after it, so a smart shutdown need not wait for any of them.
     */
    void endOtherSessionsAround(int port, Runnable shutdownRequest) {
        try (Connection connection = connect(port);
             Statement statement = connection.createStatement()) {
            endOtherSessions(statement);
            shutdownRequest.run();
            endOtherSessions(statement);
        } catch (SQLException e) {
            LOG.warn("Could not end the sessions of the embedded PostgreSQL before stopping it: {}", e.getMessage());
        }
    }

    /** Whether a server answers on {@code port}; a refused password still counts as answering. */
    boolean answers(int port) {
        try (Connection connection = connect(port)) {
            return connection.isValid(5);
        } catch (SQLException e) {
            return e.getSQLState() != null && e.getSQLState().startsWith("28");
        }
    }

    private static void endOtherSessions(Statement statement) throws SQLException {
        statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                + " WHERE pid <> pg_backend_pid() AND backend_type = 'client backend'");
    }

    /** A maintenance session on the {@code postgres} database, through the socket when it answers. */
    private Connection connect(int port) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("password", password());
        properties.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(EmbeddedJdbcUrl.overSocket(directory, port, "postgres")
                .orElseGet(() -> EmbeddedJdbcUrl.overTcp(port, "postgres")), properties);
    }
}
