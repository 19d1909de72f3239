package dev.codebasemcp.bootstrap.jobs;

import dev.codebasemcp.application.port.out.IndexResult;
import dev.codebasemcp.application.port.out.Indexer;
import dev.codebasemcp.application.port.out.IndexingMonitor;
import dev.codebasemcp.domain.job.JobProgress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Wraps the real indexer: counts runs per repository and runs at once, and can hold runs at a
 * checkpoint.
 */
final class CountingIndexer implements Indexer {

    private final Indexer delegate;
    private final Map<String, AtomicInteger> runsByRepo = new ConcurrentHashMap<>();
    private final AtomicInteger active = new AtomicInteger();
    private final AtomicInteger maxActive = new AtomicInteger();
    private volatile CountDownLatch gate = new CountDownLatch(0);

    CountingIndexer(Indexer delegate) {
        this.delegate = delegate;
    }

    /** From now on runs wait at their next checkpoint until {@link #release()}, still obeying stops. */
    void hold() {
        gate = new CountDownLatch(1);
    }

    void release() {
        gate.countDown();
    }

    @Override
    public IndexResult index(IndexRequest request, IndexingMonitor monitor) {
        runsByRepo.computeIfAbsent(request.repoPath().toString(), key -> new AtomicInteger()).incrementAndGet();
        maxActive.accumulateAndGet(active.incrementAndGet(), Math::max);
        try {
            return delegate.index(request, new IndexingMonitor() {
                @Override
                public void progress(JobProgress progress) {
                    monitor.progress(progress);
                }

                @Override
                public void checkpoint() {
                    awaitGate(monitor);
                    monitor.checkpoint();
                }

                @Override
                public void publishing(JobProgress progress) {
                    awaitGate(monitor);
                    monitor.publishing(progress);
                }
            });
        } finally {
            active.decrementAndGet();
        }
    }

    private void awaitGate(IndexingMonitor monitor) {
        try {
            while (!gate.await(10, TimeUnit.MILLISECONDS)) {
                monitor.checkpoint();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    int runs(String repoPath) {
        AtomicInteger runs = runsByRepo.get(repoPath);
        return runs == null ? 0 : runs.get();
    }

    int runsActive() {
        return active.get();
    }

    int maxRunsAtOnce() {
        return maxActive.get();
    }
}
