package dev.codebasemcp.persistence.jooq.database;

import dev.codebasemcp.domain.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL server shared by every process that uses one {@code CODEBASE_HOME}.
 *
 * <p>Files under {@code CODEBASE_HOME/postgres}: {@code data/} (the cluster, kept across restarts;
 * its {@code postmaster.pid} says whether a server runs and on which port), {@code server.lock}
 * (held while a process starts, joins, leaves or stops the server), {@code users.lock} (every
 * process using the server holds a shared lock on it), {@code port} (the port, reused at each start
 * while it is free) and {@code postgres.log}.
 *
 * <p>Lifetime: the first process starts the server; later ones find it running and connect. The
 * last process to leave stops it: it can take {@code users.lock} exclusively only when no other
 * process holds it shared. The operating system drops the locks of a crashed process, so a crash
 * never blocks anyone; a server left running by a crashed last user is reused by the next process,
 * which stops it when it leaves. {@link #stop} stops it at once, for everyone.
 */
final class EmbeddedServer {

    static final String DATABASE = "codebase";
    static final String SUPERUSER = "postgres";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedServer.class);
    private static final Map<Path, EmbeddedServer> IN_THIS_PROCESS = new HashMap<>();
    private static final long START_TIMEOUT_SECONDS = 120;
    private static final long STOP_TIMEOUT_SECONDS = 30;

    private final Path directory;
    private final Path dataDirectory;
    private FileChannel usersChannel;
    private FileLock usersLock;
    private int users;
    private int port;
    private Thread shutdownHook;

    private EmbeddedServer(Path directory) {
        this.directory = directory;
        this.dataDirectory = directory.resolve("data");
    }

    /** Joins (starting it if needed) the server of {@code home}. @return its port */
    static synchronized int acquire(Path home) {
        Path directory = usableDirectory(home);
        EmbeddedServer server = IN_THIS_PROCESS.computeIfAbsent(directory, EmbeddedServer::new);
        try {
            server.join();
        } catch (RuntimeException e) {
            if (server.users == 0) {
                server.closeUsersLock();
                IN_THIS_PROCESS.remove(directory);
            }
            throw e;
        }
        return server.port;
    }

    /** Leaves the server of {@code home}; the last process to leave stops it. */
    static synchronized void release(Path home) {
        Path directory = home.resolve("postgres");
        EmbeddedServer server = IN_THIS_PROCESS.get(directory);
        if (server == null || server.users == 0) {
            return;
        }
        server.users--;
        if (server.users == 0) {
            server.leave();
            IN_THIS_PROCESS.remove(directory);
            if (server.shutdownHook != null && !Thread.currentThread().equals(server.shutdownHook)) {
                try {
                    Runtime.getRuntime().removeShutdownHook(server.shutdownHook);
                } catch (IllegalStateException shuttingDown) {
                    LOG.debug("JVM is shutting down; its hook releases the server");
                }
            }
        }
    }

    /** Stops the server of {@code home} even while processes use it. @return false when none was running */
    static synchronized boolean stop(Path home) {
        Path directory = usableDirectory(home);
        EmbeddedServer server = IN_THIS_PROCESS.getOrDefault(directory, new EmbeddedServer(directory));
        return server.withServerLock(() -> server.running().map(pidFile -> {
            server.shutDown(pidFile);
            return true;
        }).orElse(false));
    }

    static Path dataDirectory(Path home) {
        return home.resolve("postgres").resolve("data");
    }

    static String jdbcUrl(int port) {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE + "?user=" + SUPERUSER;
    }

    private void join() {
        withServerLock(() -> {
            if (usersLock == null) {
                usersChannel = FileChannel.open(directory.resolve("users.lock"),
                        StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
                usersLock = usersChannel.lock(0, Long.MAX_VALUE, true);
            }
            port = running().map(PostmasterPidFile::port).orElseGet(this::start);
            createDatabase();
            return null;
        });
        users++;
        if (shutdownHook == null) {
            Path home = directory.getParent();
            shutdownHook = new Thread(() -> releaseAll(home), "embedded-postgres-release");
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
    }

    private static synchronized void releaseAll(Path home) {
        EmbeddedServer server = IN_THIS_PROCESS.get(home.resolve("postgres"));
        while (server != null && server.users > 0) {
            release(home);
        }
    }

    private void leave() {
        withServerLock(() -> {
            usersLock.release();
            try (FileLock lastUser = usersChannel.tryLock()) {
                if (lastUser != null) {
                    running().ifPresent(this::shutDown);
                }
            }
            closeUsersLock();
            return null;
        });
    }

    private void closeUsersLock() {
        try {
            if (usersChannel != null) {
                usersChannel.close();
            }
        } catch (IOException e) {
            LOG.debug("Closing users.lock failed", e);
        }
        usersChannel = null;
        usersLock = null;
    }

    /** The running server of this data directory, if one answers. */
    private Optional<PostmasterPidFile> running() {
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

    private int start() {
        int chosen = choosePort();
        Path log = directory.resolve("postgres.log");
        List<String> command = List.of(
                ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()),
                // a few seconds of work: start fast, stay small
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx128m",
                "-cp", System.getProperty("java.class.path"),
                EmbeddedServerLauncher.class.getName(),
                dataDirectory.toString(), Integer.toString(chosen), log.toString());
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

    /** Smart shutdown after ending every other session; a kill only if it does not stop in time. */
    private void shutDown(PostmasterPidFile pidFile) {
        try (Connection connection = DriverManager.getConnection(adminUrl(pidFile.port()));
             Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    + " WHERE pid <> pg_backend_pid() AND backend_type = 'client backend'");
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

    private void createDatabase() {
        try (Connection connection = DriverManager.getConnection(adminUrl(port));
             Statement statement = connection.createStatement()) {
            if (!statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'").next()) {
                statement.execute("CREATE DATABASE " + DATABASE);
            }
        } catch (SQLException e) {
            throw new EmbeddedDatabaseException("Could not create the database '" + DATABASE + "' on the embedded PostgreSQL: "
                    + e.getMessage(), e);
        }
    }

    private static boolean answers(int port) {
        try (Connection connection = DriverManager.getConnection(adminUrl(port) + "&connectTimeout=5")) {
            return connection.isValid(5);
        } catch (SQLException e) {
            return false;
        }
    }

    private static String adminUrl(int port) {
        return "jdbc:postgresql://localhost:" + port + "/postgres?user=" + SUPERUSER;
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

    private <T> T withServerLock(LockedAction<T> action) {
        try (FileChannel channel = FileChannel.open(directory.resolve("server.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            return action.run();
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("Could not lock " + directory + " for the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    /**
     * {@code home/postgres}, created if needed.
     *
     * @throws InvalidInputException naming {@code CODEBASE_HOME} when it cannot hold the database
     */
    private static Path usableDirectory(Path home) {
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

    @FunctionalInterface
    private interface LockedAction<T> {
        T run() throws IOException;
    }
}
