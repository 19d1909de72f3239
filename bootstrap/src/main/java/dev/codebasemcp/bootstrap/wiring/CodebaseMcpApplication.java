package dev.codebasemcp.bootstrap.wiring;

import dev.codebasemcp.application.port.in.UseCases;
import dev.codebasemcp.application.service.jobs.IndexingWorker;
import dev.codebasemcp.bootstrap.config.Settings;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running codebase-mcp: its settings, the use cases every interface calls, the job worker and
 * the resources behind them (database pool, embedded server). Closing it stops the worker first,
 * handing its running jobs back, then releases the resources in reverse order of opening.
 */
public final class CodebaseMcpApplication implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CodebaseMcpApplication.class);

    private final Settings settings;
    private final UseCases useCases;
    private final IndexingWorker worker;
    private final Runnable onWorkerStart;
    private final Deque<AutoCloseable> resources = new ArrayDeque<>();
    private boolean workerRunning;
    private boolean closed;
    private Thread shutdownHook;

    /**
     * @param worker        built, not started: only processes that run jobs start it
     * @param onWorkerStart what else a job-running process needs (the embedded server kept up), run before the worker starts
     * @param resources     closed in reverse order by {@link #close()}, after the worker has stopped
     */
    public CodebaseMcpApplication(Settings settings, UseCases useCases, IndexingWorker worker, Runnable onWorkerStart,
                                  List<? extends AutoCloseable> resources) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.useCases = Objects.requireNonNull(useCases, "useCases");
        this.worker = Objects.requireNonNull(worker, "worker");
        this.onWorkerStart = Objects.requireNonNull(onWorkerStart, "onWorkerStart");
        resources.forEach(this.resources::push);
    }

    public Settings settings() {
        return settings;
    }

    public UseCases useCases() {
        return useCases;
    }

    /** Starts the job worker of this process; calling it again does nothing. */
    public synchronized void startWorker() {
        requireOpen();
        if (!workerRunning) {
            onWorkerStart.run();
            worker.start();
            workerRunning = true;
        }
    }

    /** Stops the worker, handing its running jobs back as pending; calling it again does nothing. */
    public synchronized void stopWorker() {
        if (workerRunning) {
            workerRunning = false;
            worker.close();
        }
    }

    public synchronized boolean workerRunning() {
        return workerRunning;
    }

    /** Closes the application when the JVM shuts down (SIGTERM, Ctrl-C, System.exit). */
    public synchronized void closeOnShutdown() {
        if (shutdownHook == null && !closed) {
            shutdownHook = new Thread(this::close, "codebase-mcp-shutdown");
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        removeShutdownHook();
        try {
            stopWorker();
        } catch (RuntimeException e) {
            LOG.error("Stopping the job worker failed", e);
        }
        while (!resources.isEmpty()) {
            AutoCloseable resource = resources.pop();
            try {
                resource.close();
            } catch (Exception e) {
                LOG.error("Closing {} failed", resource, e);
            }
        }
    }

    private void removeShutdownHook() {
        if (shutdownHook != null && Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException shutdownInProgress) {
                // the hook runs anyway and finds the application closed
            }
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("the application is closed");
        }
    }
}
