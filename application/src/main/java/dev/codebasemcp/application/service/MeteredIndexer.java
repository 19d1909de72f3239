package dev.codebasemcp.application.service;

import dev.codebasemcp.application.port.out.IndexResult;
import dev.codebasemcp.application.port.out.Indexer;
import dev.codebasemcp.application.port.out.IndexingMetrics;
import dev.codebasemcp.application.port.out.IndexingMonitor;
import dev.codebasemcp.application.port.out.IndexingStoppedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** An {@link Indexer} that reports the outcome and duration of every run to {@link IndexingMetrics}. */
public final class MeteredIndexer implements Indexer {

    private final Indexer delegate;
    private final IndexingMetrics metrics;
    private final Clock clock;

    public MeteredIndexer(Indexer delegate, IndexingMetrics metrics, Clock clock) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public IndexResult index(IndexRequest request, IndexingMonitor monitor) {
        Instant start = clock.instant();
        try {
            IndexResult result = delegate.index(request, monitor);
            metrics.runCompleted(result);
            return result;
        } catch (IndexingStoppedException e) {
            metrics.runStopped(e.reason(), Duration.between(start, clock.instant()));
            throw e;
        } catch (RuntimeException | Error e) {
            metrics.runFailed(Duration.between(start, clock.instant()));
            throw e;
        }
    }
}
