package dev.codebasemcp.persistence.jooq.embedded;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts, finds and stops the PostgreSQL server of one {@code CODEBASE_HOME/postgres} directory.
 * Callers hold {@code server.lock} (see {@link EmbeddedServer}) around every call.
 */
final class EmbeddedPostgresControl {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresControl.class);
    private static final long START_TIMEOUT_SECONDS = 120;
    private static final long STOP_TIMEOUT_SECONDS = 30;

    private final Path directory;
    private final Path dataDirectory;
    private final SuperuserClient superuser;

    EmbeddedPostgresControl(Path directory) {
        this.directory = directory;
        this.dataDirectory = directory.resolve("data");
        this.superuser = new SuperuserClient(directory);
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
        if (!superuser.answers(pidFile.get().port())) {
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
        List<String> command = ChildJvm.command(EmbeddedServerLauncher.class, "-Xmx128m",
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

    /** Smart shutdown after ending every other session; a kill only if it does not stop in time. */
    void shutDown(PostmasterPidFile pidFile) {
        superuser.endOtherSessionsAround(pidFile.port(), () -> pidFile.process().ifPresent(ProcessHandle::destroy));
        pidFile.process().ifPresent(postmaster -> {
            try {
                postmaster.onExit().get(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                LOG.info("Stopped the embedded PostgreSQL (pid {})", pidFile.pid());
            } catch (Exception notStopped) {
                LOG.warn("The embedded PostgreSQL (pid {}) did not stop within {} s; killing it", pidFile.pid(), STOP_TIMEOUT_SECONDS);
                postmaster.destroyForcibly();
            }
        });
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

    private static String lastLines(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }
}
