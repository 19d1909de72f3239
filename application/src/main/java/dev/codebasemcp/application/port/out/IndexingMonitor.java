package dev.codebasemcp.application.port.out;

import dev.codebasemcp.domain.job.JobProgress;

/** The indexer's line back to whoever runs it: progress out, stop requests in. */
public interface IndexingMonitor {

    /** Called at least once a second while work goes on; cheap, may be called more often. */
    void progress(JobProgress progress);

    /**
     * Called between files and before publishing.
     *
     * @throws IndexingStoppedException when the run must stop (cancelled, timed out, shutting down, lease lost)
     */
    void checkpoint();

    /**
     * Called once, right before publishing: the last checkpoint. After it returns the run publishes
     * and can no longer be cancelled.
     *
     * @throws IndexingStoppedException when the run must stop instead of publishing
     */
    default void publishing(JobProgress progress) {
        progress(progress);
        checkpoint();
    }

    IndexingMonitor NONE = new IndexingMonitor() {
        @Override
        public void progress(JobProgress progress) {
        }

        @Override
        public void checkpoint() {
        }
    };
}
