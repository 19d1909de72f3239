package dev.codebasemcp.persistence.jooq.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the embedded server up while a process that runs jobs ({@code serve}, {@code mcp},
 * {@code index}) uses it: a {@code db stop} from another shell or
 * a crashed server is started again within a few seconds, on the same port, so the pool reconnects
 * by itself. Until then requests answer "database unavailable" instead of failing for good.
 */
public final class EmbeddedServerWatchdog implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedServerWatchdog.class);
    private static final Duration CHECK_INTERVAL = Duration.ofSeconds(2);

    private final Path directory;
    private final int port;
    private final ScheduledExecutorService timer;
    private boolean portWarned;
    private boolean started;

    /** Watches the server of {@code directory} ({@code CODEBASE_HOME/postgres}) that this process joined on {@code port}. */
    public EmbeddedServerWatchdog(Path directory, int port) {
        this.directory = directory;
        this.port = port;
        this.timer = Executors.newSingleThreadScheduledExecutor(task -> Thread.ofPlatform()
                .name("embedded-postgres-watchdog").daemon(true).unstarted(task));
    }

    /** Starts watching; calling it again does nothing. */
    public synchronized void start() {
        if (!started) {
            started = true;
            long millis = CHECK_INTERVAL.toMillis();
            timer.scheduleWithFixedDelay(this::check, millis, millis, TimeUnit.MILLISECONDS);
        }
    }

    private void check() {
        try {
            int now = EmbeddedServer.restartIfStopped(directory);
            if (now >= 0 && now != port && !portWarned) {
                portWarned = true;
                LOG.error("The embedded PostgreSQL came back on port {} instead of {}; restart this process to reconnect",
                        now, port);
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not start the embedded PostgreSQL again; retrying in {}: {}", CHECK_INTERVAL, e.getMessage());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
