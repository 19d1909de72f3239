package dev.codebasemcp.persistence.jooq.job;

import dev.codebasemcp.application.port.out.JobQueueSignal;
import dev.codebasemcp.persistence.jooq.database.DirectConnections;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link JobQueueSignal} over PostgreSQL LISTEN/NOTIFY, so a job queued by one process wakes the
 * workers of every process on the same database. {@link #jobQueued()} sends a NOTIFY through the
 * pool. The first {@link #subscribe} starts one listener thread with its own connection outside
 * the pool; when that connection breaks it reconnects with exponential backoff. Signals sent while
 * it is disconnected are lost, which only delays a job: workers also poll.
 */
public final class PostgresJobQueueSignal implements JobQueueSignal, AutoCloseable {

    /** The notification channel; NOTIFY reaches only sessions of the same database. */
    private static final String CHANNEL = "codebase_mcp_jobs";

    private static final Logger LOG = LoggerFactory.getLogger(PostgresJobQueueSignal.class);
    private static final int POLL_MILLIS = 500;
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(100);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    private final DataSource pool;
    private final DirectConnections connections;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private Thread listenerThread;

    public PostgresJobQueueSignal(DataSource pool, DirectConnections connections) {
        this.pool = pool;
        this.connections = connections;
    }

    @Override
    public void jobQueued() {
        try (Connection connection = pool.getConnection();
             PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, '')")) {
            notify.setString(1, CHANNEL);
            notify.execute();
        } catch (SQLException e) {
            LOG.warn("Could not signal a queued job (workers find it at their next poll): {}", e.getMessage());
        }
    }

    @Override
    public synchronized AutoCloseable subscribe(Runnable listener) {
        if (closed.getCount() == 0) {
            throw new IllegalStateException("The job queue signal is closed");
        }
        listeners.add(listener);
        if (listenerThread == null) {
            listenerThread = Thread.ofPlatform().daemon().name("job-queue-listener").start(this::listen);
        }
        return () -> listeners.remove(listener);
    }

    /** Stops the listener thread and closes its connection. */
    @Override
    public void close() {
        Thread thread;
        synchronized (this) {
            closed.countDown();
            thread = listenerThread;
        }
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void listen() {
        Duration backoff = FIRST_BACKOFF;
        while (isOpen()) {
            try (Connection connection = connections.open()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                backoff = FIRST_BACKOFF;
                receive(connection.unwrap(PGConnection.class));
            } catch (SQLException e) {
                if (!isOpen()) {
                    return;
                }
                LOG.warn("Job queue listener lost its database connection ({}); reconnecting in {} ms",
                        e.getMessage(), backoff.toMillis());
                if (awaitClose(backoff)) {
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    private void receive(PGConnection connection) throws SQLException {
        while (isOpen()) {
            PGNotification[] notifications = connection.getNotifications(POLL_MILLIS);
            if (notifications != null && notifications.length > 0) {
                listeners.forEach(PostgresJobQueueSignal::call);
            }
        }
    }

    private static void call(Runnable listener) {
        try {
            listener.run();
        } catch (RuntimeException e) {
            LOG.warn("A job queue listener failed", e);
        }
    }

    private boolean isOpen() {
        return closed.getCount() > 0 && !Thread.currentThread().isInterrupted();
    }

    /** Waits for the backoff; true when the signal was closed meanwhile. */
    private boolean awaitClose(Duration backoff) {
        try {
            return closed.await(backoff.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            return true;
        }
    }
}
