package dev.codebasemcp.application.port.out;

import dev.codebasemcp.domain.job.JobPhase;
import dev.codebasemcp.domain.job.JobProgress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * An {@link Indexer} that pretends to index a fixed number of files per repository, reporting
 * progress and calling checkpoints like the real one. It can be held (every file waits for
 * {@link #release()}, still obeying stop requests), slowed, or made to fail, and it counts what ran.
 */
public final class FakeIndexer implements Indexer {

    public static final int CHUNKS_PER_FILE = 2;
    public static final int BYTES_PER_FILE = 100;

    private final int filesPerRepo;
    private volatile CountDownLatch gate = new CountDownLatch(0);
    private volatile Duration perFileWork = Duration.ZERO;
    private final AtomicReference<Throwable> nextFailure = new AtomicReference<>();
    private volatile RuntimeException everyFailure;
    private final AtomicInteger active = new AtomicInteger();
    private final AtomicInteger maxActive = new AtomicInteger();
    private final AtomicInteger started = new AtomicInteger();
    private final Map<String, AtomicInteger> startsByRepo = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> publishedByRepo = new ConcurrentHashMap<>();

    public FakeIndexer(int filesPerRepo) {
        this.filesPerRepo = filesPerRepo;
    }

    /** From now on every file waits until {@link #release()}. */
    public void hold() {
        gate = new CountDownLatch(1);
    }

    public void release() {
        gate.countDown();
    }

    /** Simulated work per file. */
    public void slowDown(Duration perFile) {
        perFileWork = perFile;
    }

    /** The next run fails with {@code failure} (an unchecked exception or an error) at its first file. */
    public void failNextRun(Throwable failure) {
        if (!(failure instanceof RuntimeException || failure instanceof Error)) {
            throw new IllegalArgumentException("only unchecked failures can escape Indexer.index");
        }
        nextFailure.set(failure);
    }

    /** Every run fails with {@code failure}; null stops failing. */
    public void failEveryRun(RuntimeException failure) {
        everyFailure = failure;
    }

    @Override
    public IndexResult index(IndexRequest request, IndexingMonitor monitor) {
        String repo = request.repoPath().toString();
        int now = active.incrementAndGet();
        maxActive.accumulateAndGet(now, Math::max);
        started.incrementAndGet();
        startsByRepo.computeIfAbsent(repo, key -> new AtomicInteger()).incrementAndGet();
        Throwable failure = nextFailure.getAndSet(null);
        try {
            monitor.progress(JobProgress.SCANNING_STARTED);
            monitor.checkpoint();
            for (int file = 1; file <= filesPerRepo; file++) {
                awaitGate(monitor);
                if (!perFileWork.isZero()) {
                    LockSupport.parkNanos(perFileWork.toNanos());
                }
                if (failure instanceof RuntimeException unchecked) {
                    throw unchecked;
                }
                if (failure instanceof Error error) {
                    throw error;
                }
                if (everyFailure != null) {
                    throw everyFailure;
                }
                monitor.progress(new JobProgress(JobPhase.INDEXING, filesPerRepo, file, (long) file * BYTES_PER_FILE,
                        file * CHUNKS_PER_FILE, 0));
                monitor.checkpoint();
            }
            monitor.publishing(new JobProgress(JobPhase.FINALIZING, filesPerRepo, filesPerRepo,
                    (long) filesPerRepo * BYTES_PER_FILE, filesPerRepo * CHUNKS_PER_FILE, 0));
            publishedByRepo.computeIfAbsent(repo, key -> new AtomicInteger()).incrementAndGet();
            return new IndexResult(filesPerRepo, filesPerRepo * CHUNKS_PER_FILE, 0, Map.of(),
                    (long) filesPerRepo * BYTES_PER_FILE, Duration.ZERO);
        } finally {
            active.decrementAndGet();
        }
    }

    private void awaitGate(IndexingMonitor monitor) {
        try {
            while (!gate.await(5, TimeUnit.MILLISECONDS)) {
                monitor.checkpoint();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while held", e);
        }
    }

    public int runsStarted() {
        return started.get();
    }

    public int runsActive() {
        return active.get();
    }

    public int maxRunsAtOnce() {
        return maxActive.get();
    }

    public int runsStarted(String repoPath) {
        AtomicInteger count = startsByRepo.get(repoPath);
        return count == null ? 0 : count.get();
    }

    public int published(String repoPath) {
        AtomicInteger count = publishedByRepo.get(repoPath);
        return count == null ? 0 : count.get();
    }

    public int filesPerRepo() {
        return filesPerRepo;
    }
}
