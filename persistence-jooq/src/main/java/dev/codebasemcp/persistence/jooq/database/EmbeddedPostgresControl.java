package dev.codebasemcp.persistence.jooq.database;

import dev.codebasemcp.domain.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts, finds and stops the PostgreSQL server of one {@code CODEBASE_HOME/postgres} directory.
 * Callers hold {@code server.lock} (see {@link EmbeddedServer}) around every call.
 */
final class EmbeddedPostgresControl {

    static final String DATABASE = "codebase";
    static final String SUPERUSER = "postgres";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresControl.class);
    private static final long START_TIMEOUT_SECONDS = 120;
    private static final long STOP_TIMEOUT_SECONDS = 30;

    /** The first line of a pg_hba.conf written by {@link #requirePassword}; its absence means "not yet secured". */
    static final String HBA_MARKER = "# codebase-mcp: every connection needs the password (scram-sha-256)";
    private static final String HBA = HBA_MARKER + "\n"
            + "local all all scram-sha-256\n"
            + "host all all 127.0.0.1/32 scram-sha-256\n"
            + "host all all ::1/128 scram-sha-256\n";

    private final Path directory;
    private final Path dataDirectory;

    EmbeddedPostgresControl(Path directory) {
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

    /** The running server of this data directory, if one answers. */
    Optional<PostmasterPidFile> running() {
        Optional<PostmasterPidFile> pidFile = PostmasterPidFile.read(dataDirectory);
        if (pidFile.isEmpty()) {
            return Optional.empty();
        }
        if (pidFile.get().process().isEmpty()) {
            // PostgreSQL itself checks a stale postmaster.pid (and any shared memory still in use) at start.
            LOG.info("Embedded PostgreSQL (pid {}) is gone; starting it again", pidFile.get().pid());
            return Optional.empty();
        }
        if (!answers(pidFile.get().port())) {
            throw new EmbeddedDatabaseException("PostgreSQL process " + pidFile.get().pid() + " runs on " + dataDirectory
                    + " but does not answer on port " + pidFile.get().port()
                    + "; stop that process (codebase-mcp db stop, or kill it) and try again");
        }
        return pidFile;
    }

    /** Starts the server in a short-lived launcher process. @return its port */
    int start() {
        int chosen = choosePort();
        Path log = directory.resolve("postgres.log");
        List<String> command = javaCommand(EmbeddedServerLauncher.class, "-Xmx128m",
                dataDirectory.toString(), Integer.toString(chosen), log.toString(),
                directory.resolve(EmbeddedPassword.FILE_NAME).toString(),
                EmbeddedSocketDirectory.prepare(directory).toString());
        LOG.info("Starting the embedded PostgreSQL on port {} with data in {}", chosen, dataDirectory);
        try {
            Process launcher = new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            if (!launcher.waitFor(START_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                launcher.destroyForcibly();
                throw new EmbeddedDatabaseException("The embedded PostgreSQL did not start within " + START_TIMEOUT_SECONDS
                        + " s; see " + log);
            }
            if (launcher.exitValue() != 0) {
                throw new EmbeddedDatabaseException("The embedded PostgreSQL did not start (data in " + dataDirectory + "): "
                        + lastLines(log) + " (full log: " + log + ")");
            }
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("Could not run the embedded PostgreSQL launcher: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedDatabaseException("Interrupted while starting the embedded PostgreSQL", e);
        }
        writePort(chosen);
        return chosen;
    }

    /** A JVM running {@code mainClass} on this process's class path: little work, so it starts fast and stays small. */
    static List<String> javaCommand(Class<?> mainClass, String maxHeap, String... arguments) {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "--enable-native-access=ALL-UNNAMED", maxHeap,
                "-cp", System.getProperty("java.class.path"),
                mainClass.getName()));
        command.addAll(List.of(arguments));
        return command;
    }

    /**
     * Smart shutdown after ending every other session; a kill only if it does not stop in time. The
     * sessions are ended again after the shutdown request, from the session that stays open between
     * both: a pool may reconnect in between, and smart shutdown refuses only connections made after it.
     */
    void shutDown(PostmasterPidFile pidFile) {
        try (Connection connection = connect(pidFile.port());
             Statement statement = connection.createStatement()) {
            endOtherSessions(statement);
            pidFile.process().ifPresent(ProcessHandle::destroy);
            endOtherSessions(statement);
        } catch (SQLException e) {
            LOG.warn("Could not end the sessions of the embedded PostgreSQL before stopping it: {}", e.getMessage());
        }
        pidFile.process().ifPresent(postmaster -> {
            postmaster.destroy();
            try {
                postmaster.onExit().get(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                LOG.info("Stopped the embedded PostgreSQL (pid {})", pidFile.pid());
            } catch (Exception notStopped) {
                LOG.warn("The embedded PostgreSQL (pid {}) did not stop within {} s; killing it", pidFile.pid(), STOP_TIMEOUT_SECONDS);
                postmaster.destroyForcibly();
            }
        });
    }

    private static void endOtherSessions(Statement statement) throws SQLException {
        statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                + " WHERE pid <> pg_backend_pid() AND backend_type = 'client backend'");
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

    /** Whether a server answers on {@code port}; a refused password still counts as answering. */
    private boolean answers(int port) {
        try (Connection connection = connect(port)) {
            return connection.isValid(5);
        } catch (SQLException e) {
            return e.getSQLState() != null && e.getSQLState().startsWith("28");
        }
    }

    /** A maintenance session on the {@code postgres} database, through the socket when it answers. */
    private Connection connect(int port) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("password", password());
        properties.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(EmbeddedJdbcUrl.overSocket(directory, port, "postgres")
                .orElseGet(() -> EmbeddedJdbcUrl.overTcp(port, "postgres")), properties);
    }

    /** The port of the previous start while it is free, so URLs handed out before stay valid. */
    private int choosePort() {
        Path portFile = directory.resolve("port");
        try {
            if (Files.isRegularFile(portFile)) {
                int previous = Integer.parseInt(Files.readString(portFile).strip());
                if (isFree(previous)) {
                    return previous;
                }
            }
        } catch (IOException | NumberFormatException e) {
            LOG.debug("Ignoring unreadable port file {}", portFile, e);
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("No free port for the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    private void writePort(int chosen) {
        try {
            Files.writeString(directory.resolve("port"), Integer.toString(chosen));
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("Could not write " + directory.resolve("port") + ": " + e.getMessage(), e);
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return socket.getLocalPort() == port;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * {@code home/postgres}, created if needed.
     *
     * @throws InvalidInputException naming {@code CODEBASE_HOME} when it cannot hold the database
     */
    static Path usableDirectory(Path home) {
        Path directory = home.toAbsolutePath().normalize().resolve("postgres");
        String advice = " Set " + DatabaseSettings.HOME_VARIABLE + " to a writable directory with free space, or "
                + DatabaseSettings.URL_VARIABLE + " to a PostgreSQL server.";
        if (Files.exists(home) && !Files.isDirectory(home)) {
            throw new InvalidInputException(DatabaseSettings.HOME_VARIABLE,
                    DatabaseSettings.HOME_VARIABLE + " " + home + " is not a directory." + advice);
        }
        try {
            Files.createDirectories(directory.resolve("data"));
            Path probe = Files.createTempFile(directory, "write-check", ".tmp");
            try {
                Files.write(probe, new byte[8192]);
            } finally {
                Files.deleteIfExists(probe);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidInputException(DatabaseSettings.HOME_VARIABLE, DatabaseSettings.HOME_VARIABLE + " " + home
                    + " cannot hold the embedded database: writing " + directory + " failed (" + e + ")." + advice);
        }
        return directory;
    }

    private static String lastLines(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }
}
