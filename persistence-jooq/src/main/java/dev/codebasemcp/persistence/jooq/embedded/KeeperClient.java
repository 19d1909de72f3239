package dev.codebasemcp.persistence.jooq.embedded;

import java.io.File;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What a process using the embedded server does for the {@link EmbeddedServerKeeper}: start one, tell it of a leave. */
final class KeeperClient {

    private static final Logger LOG = LoggerFactory.getLogger(KeeperClient.class);

    private KeeperClient() {
    }

    /**
     * Starts a keeper for {@code directory} unless one runs. Called with {@code server.lock} held and
     * the server running; returns without waiting for the keeper.
     */
    static void ensureRunning(Path directory, Duration idle) {
        try (FileChannel channel = LockFiles.openKeeperLock(directory); FileLock free = channel.tryLock()) {
            if (free == null) {
                return;
            }
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("Could not check " + LockFiles.keeperLock(directory) + ": " + e.getMessage(), e);
        }
        try {
            Process keeper = new ProcessBuilder(ChildJvm.detachedCommand(EmbeddedServerKeeper.class, "-Xmx24m",
                    directory.toString(), Long.toString(idle.toSeconds())))
                    .redirectInput(Redirect.from(new File("/dev/null")))
                    .redirectOutput(Redirect.DISCARD)
                    .redirectError(Redirect.appendTo(directory.resolve("postgres.log").toFile()))
                    .start();
            LOG.debug("Started the keeper (pid {}) of the embedded PostgreSQL: stops it after {} s unused", keeper.pid(),
                    idle.toSeconds());
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("Could not start the keeper of the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    /** Marks the moment a user left, from which the keeper counts the idle period. */
    static void recordLeave(Path directory) {
        Path usersLock = LockFiles.usersLock(directory);
        try {
            Files.setLastModifiedTime(usersLock, FileTime.from(Instant.now()));
        } catch (IOException e) {
            LOG.debug("Could not record the leave time on {}", usersLock, e);
        }
    }
}
