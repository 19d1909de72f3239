package dev.codebasemcp.application.service.indexing;

import dev.codebasemcp.application.port.out.IndexingMonitor;
import dev.codebasemcp.application.port.out.IndexingStoppedException;
import dev.codebasemcp.application.port.out.SourceTree.SourceFile;
import dev.codebasemcp.domain.job.JobPhase;
import dev.codebasemcp.domain.job.JobProgress;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The calling thread's side of one {@link RepositoryIndexer#index} call: hands tasks to the
 * workers and, while it waits for them, reports progress and passes the monitor's checkpoints.
 */
final class IndexingPass {

    private static final long PROGRESS_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(500);
    private static final long POLL_MILLIS = 200;
    private static final System.Logger LOG = System.getLogger(IndexingPass.class.getName());

    private final IndexingMonitor monitor;
    private final ExecutorService workers;
    private final IndexingSettings settings;
    private final Duration stopGrace;
    private final List<Future<?>> submitted = new ArrayList<>();
    private volatile boolean stopped;
    private long lastReport = System.nanoTime();

    IndexingPass(IndexingMonitor monitor, ExecutorService workers, IndexingSettings settings, Duration stopGrace) {
        this.monitor = monitor;
        this.workers = workers;
        this.settings = settings;
        this.stopGrace = stopGrace;
    }

    /** Something the calling thread waits for, polled with a timeout; true once it has happened. */
    @FunctionalInterface
    interface Wait {
        boolean poll(long timeoutMillis) throws InterruptedException, ExecutionException;

        static Wait until(Future<?> future) {
            return timeoutMillis -> {
                try {
                    future.get(timeoutMillis, TimeUnit.MILLISECONDS);
                    return true;
                } catch (TimeoutException e) {
                    return false;
                }
            };
        }
    }

    boolean stopRequested() {
        return stopped;
    }

    /** Runs a task on a worker that the pass does not wait for when it stops, such as listing the files. */
    <T> T call(Callable<T> task, Supplier<JobProgress> progress) {
        Future<T> future = workers.submit(task);
        await(Wait.until(future), progress, true);
        return future.resultNow();
    }

    void indexAll(BatchIndexer indexer, List<SourceFile> files, IndexingCounters counters) {
        Supplier<JobProgress> progress = () -> counters.progress(JobPhase.INDEXING);
        Semaphore inFlight = new Semaphore(2 * settings.parallelism());
        for (List<SourceFile> batch : Batches.of(files, settings)) {
            await(timeoutMillis -> inFlight.tryAcquire(timeoutMillis, TimeUnit.MILLISECONDS), progress, true);
            tick(progress, true);
            failFast(progress);
            submitted.add(workers.submit(() -> {
                try {
                    indexer.index(batch);
                } finally {
                    inFlight.release();
                }
            }));
        }
        for (Future<?> future : List.copyOf(submitted)) {
            await(Wait.until(future), progress, true);
        }
    }

    /** Runs a task on a worker and waits for it, reporting progress meanwhile; it cannot be stopped. */
    void runToEnd(Runnable task, Supplier<JobProgress> progress) {
        Future<?> future = workers.submit(task);
        submitted.add(future);
        await(Wait.until(future), progress, false);
    }

    /**
     * The one wait of a pass: polls until the wait is over, reporting progress at most every half
     * second. A stoppable wait passes checkpoints and turns an interrupt into a stop; an unstoppable
     * one (publishing) waits to the end, so a pass never reports a failure after publishing, and
     * keeps the interrupt. A worker's failure is thrown as the worker threw it.
     */
    private void await(Wait wait, Supplier<JobProgress> progress, boolean stoppable) {
        boolean interruptedWhileUnstoppable = false;
        try {
            while (true) {
                try {
                    if (wait.poll(POLL_MILLIS)) {
                        return;
                    }
                    tick(progress, stoppable);
                } catch (ExecutionException e) {
                    throw unchecked(e.getCause());
                } catch (InterruptedException e) {
                    if (stoppable) {
                        throw interrupted();
                    }
                    interruptedWhileUnstoppable = true;
                }
            }
        } finally {
            if (interruptedWhileUnstoppable) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Stops the workers and waits until none of them writes any more (they stop between files),
     * even when this thread was interrupted; the interrupt is kept for the caller. The wait is
     * bounded: a worker stuck in a read that never returns (a hung network mount, a special
     * file) is abandoned; it checks the stop flag before it could write anything.
     */
    void stop() {
        stopped = true;
        boolean interrupted = Thread.interrupted();
        long deadline = System.nanoTime() + stopGrace.toNanos();
        int abandoned = 0;
        for (Future<?> future : submitted) {
            while (true) {
                try {
                    future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    break;
                } catch (ExecutionException | CancellationException e) {
                    // The failure that stopped the pass is already on its way up.
                    break;
                } catch (TimeoutException e) {
                    abandoned++;
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (abandoned > 0) {
            LOG.log(Level.WARNING, "Abandoned {0} indexing task(s) stuck for {1} after the pass stopped",
                    abandoned, stopGrace);
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void tick(Supplier<JobProgress> progress, boolean checkpoint) {
        long now = System.nanoTime();
        if (now - lastReport >= PROGRESS_INTERVAL_NANOS) {
            monitor.progress(progress.get());
            lastReport = now;
        }
        if (checkpoint) {
            monitor.checkpoint();
        }
    }

    /** Surfaces a failed batch before more are handed out. */
    private void failFast(Supplier<JobProgress> progress) {
        for (Future<?> future : submitted) {
            if (future.isDone()) {
                await(Wait.until(future), progress, true);
            }
        }
        submitted.removeIf(Future::isDone);
    }

    /** The thread running the pass was interrupted: treated as a shutdown, the interrupt flag kept. */
    private static IndexingStoppedException interrupted() {
        Thread.currentThread().interrupt();
        return new IndexingStoppedException(IndexingStoppedException.Reason.SHUTTING_DOWN, "Indexing was interrupted");
    }

    /** A worker's failure as thrown by the worker, wrapped only when it is a checked exception. */
    private static RuntimeException unchecked(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException("Indexing failed: " + cause.getMessage(), cause);
    }
}
