package dev.codebasemcp.application.port.out;

/**
 * Wakes idle workers, in this process and others on the same database, when a job is queued.
 * Workers still poll as a fallback, so a lost signal only delays a job.
 */
public interface JobQueueSignal {

    /** Tells every subscribed worker that a job is waiting. */
    void jobQueued();

    /** Calls {@code listener} on every signal until the returned handle is closed. */
    AutoCloseable subscribe(Runnable listener);
}
