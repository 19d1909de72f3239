package dev.codebasemcp.application.port.out;

import java.time.Duration;

/** Receives the outcome of every indexing run, for operational metrics. Calls must be cheap and never throw. */
public interface IndexingMetrics {

    /** The run published its index. */
    void runCompleted(IndexResult result);

    /** The run was stopped at a checkpoint and published nothing. */
    void runStopped(IndexingStoppedException.Reason reason, Duration duration);

    /** The run failed with an error and published nothing. */
    void runFailed(Duration duration);
}
