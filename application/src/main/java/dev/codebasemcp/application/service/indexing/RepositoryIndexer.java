package dev.codebasemcp.application.service.indexing;

import dev.codebasemcp.application.port.out.IndexBuild;
import dev.codebasemcp.application.port.out.IndexResult;
import dev.codebasemcp.application.port.out.IndexStore;
import dev.codebasemcp.application.port.out.Indexer;
import dev.codebasemcp.application.port.out.IndexingMonitor;
import dev.codebasemcp.application.port.out.IndexingStoppedException;
import dev.codebasemcp.application.port.out.SourceTree;
import dev.codebasemcp.application.port.out.SourceTree.Listing;
import dev.codebasemcp.application.port.out.SourceTree.SourceFile;
import dev.codebasemcp.domain.job.JobPhase;
import dev.codebasemcp.domain.job.JobProgress;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Indexes a repository: lists its files, indexes them in batches on {@code parallelism} threads
 * while the calling thread reports progress and passes the monitor's checkpoints, then publishes
 * the new generation. Any failure or stop discards the generation, so the previous index stays.
 *
 * <p>At most two batches per thread are in flight, so memory does not grow with the repository.
 */
public final class RepositoryIndexer implements Indexer {

    private static final long PROGRESS_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(500);
    private static final long POLL_MILLIS = 200;
    /** How long a stopping run waits for its workers before it abandons those stuck in a read. */
    static final Duration STOP_GRACE = Duration.ofSeconds(3);
    private static final System.Logger LOG = System.getLogger(RepositoryIndexer.class.getName());
    private static final AtomicInteger RUNS = new AtomicInteger();
    private static final JobProgress SCANNING_STARTED = new JobProgress(JobPhase.SCANNING, 0, 0, 0, 0, 0);

    private final SourceTree tree;
    private final IndexStore store;
    private final IndexingSettings settings;
    private final Clock clock;

    public RepositoryIndexer(SourceTree tree, IndexStore store, IndexingSettings settings, Clock clock) {
        this.tree = Objects.requireNonNull(tree, "tree");
        this.store = Objects.requireNonNull(store, "store");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public IndexResult index(IndexRequest request, IndexingMonitor monitor) {
        long started = System.nanoTime();
        ExecutorService workers = Executors.newFixedThreadPool(settings.parallelism(), threads());
        try {
            monitor.progress(SCANNING_STARTED);
            monitor.checkpoint();
            Listing listing = list(request, monitor, workers);
            RunCounters counters = new RunCounters(listing.files().size(), listing.skipped(), listing.skippedPaths());
            monitor.progress(counters.progress(JobPhase.SCANNING));
            monitor.checkpoint();
            IndexBuild build = store.begin(request.projectId(), request.repoPath().toString(), request.forceReindex(),
                    clock.instant());
            Run run = new Run(monitor, counters, workers);
            try {
                run.indexAll(new BatchIndexer(tree, request.repoPath(), build, settings, counters, run::stopRequested),
                        listing.files());
                monitor.publishing(counters.progress(JobPhase.FINALIZING));
                run.runAndAwait(() -> build.publish(clock.instant()), JobPhase.FINALIZING);
            } catch (RuntimeException | Error e) {
                run.stop();
                build.discard();
                throw e;
            }
            monitor.progress(counters.progress(JobPhase.DONE));
            return new IndexResult(counters.filesIndexed(), counters.chunks(), counters.filesReused(),
                    counters.skippedByReason(), counters.bytes(), Duration.ofNanos(System.nanoTime() - started),
                    counters.skippedPaths());
        } finally {
            workers.shutdownNow();
        }
    }

    /** Lists the repository on a worker while this thread keeps reporting and passing checkpoints. */
    private Listing list(IndexRequest request, IndexingMonitor monitor, ExecutorService workers) {
        Future<Listing> listing = workers.submit(() -> tree.list(request.repoPath()));
        long lastReport = System.nanoTime();
        while (true) {
            try {
                return listing.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (System.nanoTime() - lastReport >= PROGRESS_INTERVAL_NANOS) {
                    monitor.progress(SCANNING_STARTED);
                    lastReport = System.nanoTime();
                }
                monitor.checkpoint();
            } catch (ExecutionException e) {
                throw unchecked(e.getCause());
            } catch (InterruptedException e) {
                throw interrupted();
            }
        }
    }

    /** The thread running the index was interrupted: treated as a shutdown, the interrupt flag kept. */
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

    private static ThreadFactory threads() {
        int run = RUNS.incrementAndGet();
        AtomicInteger thread = new AtomicInteger();
        return task -> {
            Thread worker = new Thread(task, "indexer-" + run + "-" + thread.incrementAndGet());
            worker.setDaemon(true);
            return worker;
        };
    }

    /** The calling thread's side of a run: hands batches to the workers, reports, checks for stops. */
    private final class Run {
        private final IndexingMonitor monitor;
        private final RunCounters counters;
        private final ExecutorService workers;
        private final List<Future<?>> submitted = new ArrayList<>();
        private volatile boolean stopped;
        private int abandoned;
        private long lastReport = System.nanoTime();

        Run(IndexingMonitor monitor, RunCounters counters, ExecutorService workers) {
            this.monitor = monitor;
            this.counters = counters;
            this.workers = workers;
        }

        boolean stopRequested() {
            return stopped;
        }

        void indexAll(BatchIndexer indexer, List<SourceFile> files) {
            Semaphore inFlight = new Semaphore(2 * settings.parallelism());
            for (List<SourceFile> batch : batches(files)) {
                while (!tryAcquire(inFlight)) {
                    tick(JobPhase.INDEXING);
                    failFast();
                }
                tick(JobPhase.INDEXING);
                submitted.add(workers.submit(() -> {
                    try {
                        indexer.index(batch);
                    } finally {
                        inFlight.release();
                    }
                }));
                failFast();
            }
            for (Future<?> future : submitted) {
                await(future, JobPhase.INDEXING);
            }
        }

        /**
         * Waits for a task, reporting progress meanwhile; passes checkpoints only while indexing files.
         * An interrupt stops a run that is indexing files; once publishing has begun the run waits for
         * the publish to end, so it never reports a failure after publishing, and keeps the interrupt.
         */
        void await(Future<?> future, JobPhase phase) {
            boolean interruptedWhilePublishing = false;
            try {
                while (true) {
                    try {
                        future.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                        return;
                    } catch (TimeoutException e) {
                        tick(phase);
                    } catch (ExecutionException e) {
                        throw unchecked(e.getCause());
                    } catch (InterruptedException e) {
                        if (phase == JobPhase.INDEXING) {
                            throw interrupted();
                        }
                        interruptedWhilePublishing = true;
                    }
                }
            } finally {
                if (interruptedWhilePublishing) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        /** Runs a task on a worker and waits for it, reporting progress meanwhile. */
        void runAndAwait(Runnable task, JobPhase phase) {
            Future<?> future = workers.submit(task);
            submitted.add(future);
            await(future, phase);
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
            long deadline = System.nanoTime() + STOP_GRACE.toNanos();
            for (Future<?> future : submitted) {
                while (true) {
                    try {
                        future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                        break;
                    } catch (ExecutionException | CancellationException e) {
                        // The failure that stopped the run is already on its way up.
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
                LOG.log(Level.WARNING, "Abandoned {0} indexing task(s) stuck for {1} after the run stopped",
                        abandoned, STOP_GRACE);
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        private void tick(JobPhase phase) {
            long now = System.nanoTime();
            if (now - lastReport >= PROGRESS_INTERVAL_NANOS) {
                monitor.progress(counters.progress(phase));
                lastReport = now;
            }
            if (phase == JobPhase.INDEXING) {
                monitor.checkpoint();
            }
        }

        private void failFast() {
            for (Future<?> future : submitted) {
                if (future.isDone()) {
                    await(future, JobPhase.INDEXING);
                }
            }
            submitted.removeIf(Future::isDone);
        }

        private boolean tryAcquire(Semaphore semaphore) {
            try {
                return semaphore.tryAcquire(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                throw interrupted();
            }
        }

        private List<List<SourceFile>> batches(List<SourceFile> files) {
            List<List<SourceFile>> batches = new ArrayList<>();
            List<SourceFile> current = new ArrayList<>();
            long bytes = 0;
            for (SourceFile file : files) {
                long size = file.sizeBytes() > settings.maxFileBytes() ? 0 : file.sizeBytes();
                if (!current.isEmpty() && (current.size() == settings.batchFiles() || bytes + size > settings.batchBytes())) {
                    batches.add(current);
                    current = new ArrayList<>();
                    bytes = 0;
                }
                current.add(file);
                bytes += size;
            }
            if (!current.isEmpty()) {
                batches.add(current);
            }
            return batches;
        }
    }
}
