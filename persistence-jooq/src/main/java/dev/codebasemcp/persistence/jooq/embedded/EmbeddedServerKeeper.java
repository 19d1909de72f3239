package dev.codebasemcp.persistence.jooq.embedded;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops the embedded PostgreSQL once it has had no user for an idle period, so that consecutive
 * short commands reuse one running server. Runs as a small detached process, one per data
 * directory (it holds {@code keeper.lock} exclusively), started through {@link KeeperClient} by the
 * process that joins a server without a keeper.
 *
 * <p>Every second it takes {@code server.lock} if it is free (a busy lock means someone is joining,
 * leaving or stopping) and checks {@code users.lock}: while any process holds it, the server is in
 * use. The idle period counts from the later of the last use it saw and the last leave (a leaving
 * process touches {@code users.lock}). It stops the server with the same routine as {@code db stop}
 * and exits when the server is gone, whoever stopped it. It releases {@code keeper.lock} before
 * {@code server.lock}, so a process that starts the server again right after sees no keeper and
 * starts a new one.
 *
 * <pre>EmbeddedServerKeeper &lt;postgres directory&gt; &lt;idle seconds&gt;</pre>
 */
public final class EmbeddedServerKeeper {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedServerKeeper.class);
    private static final Duration POLL = Duration.ofSeconds(1);

    private final Path directory;
    private final Duration idle;
    private final EmbeddedPostgresControl control;
    private Instant lastUse;

    private EmbeddedServerKeeper(Path directory, Duration idle) {
        this.directory = directory;
        this.idle = idle;
        this.control = new EmbeddedPostgresControl(directory);
    }

    public static void main(String[] args) {
        try {
            if (args.length != 2) {
                throw new IllegalArgumentException("usage: EmbeddedServerKeeper <postgres directory> <idle seconds>");
            }
            new EmbeddedServerKeeper(Path.of(args[0]), Duration.ofSeconds(Long.parseLong(args[1]))).keep();
            System.exit(0);
        } catch (Exception | Error e) {
            LOG.error("The keeper of the embedded PostgreSQL failed; the server runs until db stop or a user stops it", e);
            System.exit(1);
        }
    }

    private void keep() throws IOException, InterruptedException {
        try (FileChannel keeperLock = LockFiles.openKeeperLock(directory)) {
            if (keeperLock.tryLock() == null) {
                return;
            }
            lastUse = Instant.now();
            while (keeperLock.isOpen()) {
                Thread.sleep(POLL);
                poll(keeperLock);
            }
        }
    }

    /** One look at the server; closes {@code keeperLock} (ending the loop) once the server is gone or stopped. */
    private void poll(FileChannel keeperLock) throws IOException {
        try (FileChannel serverLockFile = LockFiles.openServerLock(directory);
             FileLock serverLock = serverLockFile.tryLock()) {
            if (serverLock == null) {
                lastUse = Instant.now();
                return;
            }
            try (FileChannel users = LockFiles.openUsersLock(directory)) {
                PostmasterPidFile server = PostmasterPidFile.read(directory.resolve("data"))
                        .filter(pidFile -> pidFile.process().isPresent()).orElse(null);
                if (server == null) {
                    keeperLock.close();
                    return;
                }
                try (FileLock unused = users.tryLock()) {
                    if (unused == null) {
                        lastUse = Instant.now();
                        return;
                    }
                    Instant lastLeave = Files.getLastModifiedTime(LockFiles.usersLock(directory)).toInstant();
                    Instant idleSince = lastLeave.isAfter(lastUse) ? lastLeave : lastUse;
                    if (!Instant.now().isBefore(idleSince.plus(idle))) {
                        LOG.info("The embedded PostgreSQL has been unused for {} s; stopping it", idle.toSeconds());
                        control.shutDown(server);
                        keeperLock.close();
                    }
                }
            }
        }
    }
}
