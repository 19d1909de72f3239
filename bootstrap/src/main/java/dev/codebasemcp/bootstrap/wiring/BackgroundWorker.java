package dev.codebasemcp.bootstrap.wiring;

/** The job worker of one process, as the application starts and stops it. */
public interface BackgroundWorker {

    /** Starts claiming and running jobs; returns at once. */
    void start();

    /**
     * Stops claiming, stops running jobs at their next checkpoint and hands them back as pending,
     * so another process resumes them; returns when no job of this worker is running any more.
     */
    void stop();
}
