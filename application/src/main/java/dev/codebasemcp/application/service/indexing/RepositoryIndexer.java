package dev.codebasemcp.application.service.indexing;

import dev.codebasemcp.application.port.out.IndexBuild;
import dev.codebasemcp.application.port.out.IndexResult;
import dev.codebasemcp.application.port.out.IndexStore;
import dev.codebasemcp.application.port.out.Indexer;
import dev.codebasemcp.application.port.out.IndexingMonitor;
import dev.codebasemcp.application.port.out.SourceTree;
import dev.codebasemcp.application.port.out.SourceTree.Listing;
import dev.codebasemcp.domain.job.JobPhase;
import dev.codebasemcp.domain.job.JobProgress;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Indexes a repository: lists its files, indexes them in batches on {@code parallelism} threads
 * while the calling thread reports progress and passes the monitor's checkpoints, then publishes
 * the new generation. Any failure or stop discards the generation, so the previous index stays.
 *
 * <p>At most two batches per thread are in flight, so memory does not grow with the repository.
 * {@link IndexingPass} does the waiting, {@link IndexingCounters} the counting.
 */
public final class RepositoryIndexer implements Indexer {

    /** How long a stopping pass waits for its workers before it abandons those stuck in a read. */
    static final Duration STOP_GRACE = Duration.ofSeconds(3);
    /** Numbers the worker pools, one per call of {@link #index}, to name their threads. */
    private static final AtomicInteger POOLS = new AtomicInteger();

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
            monitor.progress(JobProgress.SCANNING_STARTED);
            monitor.checkpoint();
            IndexingPass pass = new IndexingPass(monitor, workers, settings, STOP_GRACE);
            Listing listing = pass.call(() -> tree.list(request.repoPath()), () -> JobProgress.SCANNING_STARTED);
            IndexingCounters counters = new IndexingCounters(listing.files().size(), listing.skipped(),
                    listing.skippedPaths());
            monitor.progress(counters.progress(JobPhase.SCANNING));
            monitor.checkpoint();
            IndexBuild build = store.begin(request.projectId(), request.repoPath().toString(), request.forceReindex(),
                    clock.instant());
            try {
                pass.indexAll(new BatchIndexer(tree, request.repoPath(), build, settings, counters, pass::stopRequested),
                        listing.files(), counters);
                monitor.publishing(counters.progress(JobPhase.FINALIZING));
                pass.runToEnd(() -> build.publish(clock.instant()), () -> counters.progress(JobPhase.FINALIZING));
            } catch (RuntimeException | Error e) {
                pass.stop();
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

    private static ThreadFactory threads() {
        int pool = POOLS.incrementAndGet();
        AtomicInteger thread = new AtomicInteger();
        return task -> {
            Thread worker = new Thread(task, "indexer-" + pool + "-" + thread.incrementAndGet());
            worker.setDaemon(true);
            return worker;
        };
    }
}
