package dev.codebasemcp.persistence.jooq.embedded;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL server shared by every process that uses one {@code CODEBASE_HOME}.
 *
 * <p>Files under {@code CODEBASE_HOME/postgres}: {@code data/} (the cluster, kept across restarts;
 * its {@code postmaster.pid} says whether a server runs and on which port), {@code server.lock}
 * (held while a process starts, joins, leaves or stops the server), {@code users.lock} (every
 * process using the server holds a shared lock on it), {@code keeper.lock} (held by the keeper),
 * {@code port} (the port, reused at each start while it is free), {@code password} (the superuser's
 * generated password, mode 0600: every connection needs it, see
 * {@link SuperuserClient#requirePassword}), {@code socket/} (the server's unix socket, mode
 * 0700; see {@link EmbeddedSocketDirectory} for long paths) and {@code postgres.log}.
 *
 * <p>Lifetime: the first process starts the server; later ones find it running and connect. With an
 * idle period, a {@link EmbeddedServerKeeper} process ({@code keeper.lock}) stops the server once no
 * process has held {@code users.lock} for that long, so consecutive commands reuse it. With an idle
 * period of zero, the last process to leave stops it: it can take {@code users.lock} exclusively
 * only when no other process holds it shared. The operating system drops the locks of a crashed
 * process, so a crash never blocks anyone; a server left without a keeper is reused by the next
 * process, which starts a keeper or stops it when it leaves. {@link #stop} stops it at once, for
 * everyone.
 *
 * <p>Every method takes that {@code CODEBASE_HOME/postgres} directory, existing and writable.
 */
public final class EmbeddedServer {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedServer.class);
    private static final Map<Path, EmbeddedServer> IN_THIS_PROCESS = new HashMap<>();

    private final Path directory;
    private final EmbeddedPostgresControl control;
    private final SuperuserClient superuser;
    private final Duration idle;
    private FileChannel usersChannel;
    private FileLock usersLock;
    private int users;
    private int port;
    private Thread shutdownHook;

    private EmbeddedServer(Path directory, Duration idle) {
        this.directory = directory;
        this.idle = idle;
        this.control = new EmbeddedPostgresControl(directory);
        this.superuser = new SuperuserClient(directory);
    }

    /**
     * Joins (starting it if needed) the server of {@code directory}.
     *
     * @param idle how long the server outlives its last user; zero stops it when this process is the last to leave
     * @return its port
     */
    public static synchronized int acquire(Path directory, Duration idle) {
        EmbeddedServer server = IN_THIS_PROCESS.computeIfAbsent(directory, key -> new EmbeddedServer(key, idle));
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

    /** Leaves the server of {@code directory}; with no idle period, the last process to leave stops it. */
    public static synchronized void release(Path directory) {
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

    /** Stops the server of {@code directory} even while processes use it. @return false when none was running */
    public static synchronized boolean stop(Path directory) {
        EmbeddedServer server = IN_THIS_PROCESS.getOrDefault(directory, new EmbeddedServer(directory, Duration.ZERO));
        return server.withServerLock(() -> server.control.running().map(pidFile -> {
            server.control.shutDown(pidFile);
            return true;
        }).orElse(false));
    }

    /**
     * Starts the server of {@code directory} again if it stopped while this process uses it (someone ran
     * {@code db stop}, or it crashed). @return its port, or -1 when this process does not use it
     */
    static synchronized int restartIfStopped(Path directory) {
        EmbeddedServer server = IN_THIS_PROCESS.get(directory);
        if (server == null || server.users == 0) {
            return -1;
        }
        return server.withServerLock(() -> server.control.running().map(PostmasterPidFile::port).orElseGet(() -> {
            LOG.warn("The embedded PostgreSQL in {} stopped while in use; starting it again", directory);
            int port = server.control.start();
            server.superuser.createDatabase(port);
            return port;
        }));
    }

    /** The cluster's data directory. */
    public static Path dataDirectory(Path directory) {
        return directory.resolve("data");
    }

    /** The password every connection to the server of {@code directory} needs. */
    public static synchronized String password(Path directory) {
        return EmbeddedPassword.of(directory);
    }

    /**
     * The URL of the application's database on the server of {@code directory} on {@code port}, without
     * the password: through its unix socket, or loopback TCP with a warning.
     */
    public static String jdbcUrl(Path directory, int port) {
        return EmbeddedJdbcUrl.overSocket(directory, port, SuperuserClient.DATABASE).orElseGet(() -> {
            LOG.warn("The unix socket of the embedded PostgreSQL in {} cannot be used (a server started without a private"
                    + " socket directory, or no socket support here); connecting over localhost TCP port {}."
                    + " Restarting the server (codebase-mcp db stop) moves it to the socket.", directory, port);
            return EmbeddedJdbcUrl.overTcp(port, SuperuserClient.DATABASE);
        });
    }

    private void join() {
        withServerLock(() -> {
            if (usersLock == null) {
                usersChannel = LockFiles.openUsersLock(directory);
                usersLock = usersChannel.lock(0, Long.MAX_VALUE, true);
            }
            superuser.password();
            port = control.running().map(PostmasterPidFile::port).orElseGet(control::start);
            superuser.requirePassword(port);
            if (!idle.isZero()) {
                KeeperClient.ensureRunning(directory, idle);
            }
            superuser.createDatabase(port);
            return null;
        });
        users++;
        if (shutdownHook == null) {
            shutdownHook = new Thread(() -> releaseAll(directory), "embedded-postgres-release");
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
    }

    private static synchronized void releaseAll(Path directory) {
        EmbeddedServer server = IN_THIS_PROCESS.get(directory);
        while (server != null && server.users > 0) {
            release(directory);
        }
    }

    private void leave() {
        withServerLock(() -> {
            KeeperClient.recordLeave(directory);
            usersLock.release();
            if (idle.isZero()) {
                try (FileLock lastUser = usersChannel.tryLock()) {
                    if (lastUser != null) {
                        control.running().ifPresent(control::shutDown);
                    }
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

    private <T> T withServerLock(LockedAction<T> action) {
        try (FileChannel channel = LockFiles.openServerLock(directory);
             FileLock ignored = channel.lock()) {
            return action.run();
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("Could not lock " + directory + " for the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface LockedAction<T> {
        T run() throws IOException;
    }
}
