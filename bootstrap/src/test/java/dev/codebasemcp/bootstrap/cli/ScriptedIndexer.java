package dev.codebasemcp.bootstrap.cli;

import dev.codebasemcp.application.port.out.IndexResult;
import dev.codebasemcp.application.port.out.Indexer;
import dev.codebasemcp.application.port.out.IndexingMonitor;
import dev.codebasemcp.domain.job.JobPhase;
import dev.codebasemcp.domain.job.JobProgress;
import java.time.Duration;
import java.util.Map;

/**
 * An indexer whose behaviour the repository's directory name chooses: "broken..." fails,
 * "slow..." runs until it is stopped, anything else indexes two files into three chunks.
 */
final class ScriptedIndexer implements Indexer {

    static final Duration SLOW_RUN_LIMIT = Duration.ofSeconds(30);

    @Override
    public IndexResult index(IndexRequest request, IndexingMonitor monitor) {
        String name = request.repoPath().getFileName().toString();
        if (name.startsWith("broken")) {
            throw new IllegalStateException("cannot read " + request.repoPath());
        }
        if (name.startsWith("slow")) {
            runUntilStopped(monitor);
        }
        monitor.progress(new JobProgress(JobPhase.INDEXING, 2, 2, 120, 3, 0));
        monitor.checkpoint();
        return new IndexResult(2, 3, 0, Map.of(), 120, Duration.ofMillis(5));
    }

    private static void runUntilStopped(IndexingMonitor monitor) {
        long deadline = System.nanoTime() + SLOW_RUN_LIMIT.toNanos();
        int done = 0;
        while (System.nanoTime() < deadline) {
            monitor.progress(new JobProgress(JobPhase.INDEXING, 1000, Math.min(999, done++), 0, 0, 0));
            monitor.checkpoint();
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
