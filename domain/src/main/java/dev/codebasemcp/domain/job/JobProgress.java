package dev.codebasemcp.domain.job;

import java.util.Objects;

/**
 * How far a running job has come. {@code filesTotal} is 0 until scanning has counted the files.
 */
public record JobProgress(JobPhase phase, int filesTotal, int filesDone, long bytesDone, int chunksDone, int filesSkipped) {

    public static final JobProgress QUEUED = new JobProgress(JobPhase.QUEUED, 0, 0, 0, 0, 0);
    /** Where every attempt starts: a worker has claimed the job and begins to list its files. */
    public static final JobProgress SCANNING_STARTED = new JobProgress(JobPhase.SCANNING, 0, 0, 0, 0, 0);

    public JobProgress {
        Objects.requireNonNull(phase, "phase");
        if (filesTotal < 0 || filesDone < 0 || bytesDone < 0 || chunksDone < 0 || filesSkipped < 0) {
            throw new IllegalArgumentException("progress counters must not be negative");
        }
    }

    /** Whole percent of files done, or null while the total is unknown. */
    public Integer percent() {
        if (phase == JobPhase.DONE) {
            return 100;
        }
        if (filesTotal == 0) {
            return null;
        }
        return (int) Math.min(100, (100L * filesDone) / filesTotal);
    }
}
