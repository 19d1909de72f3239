package dev.codebasemcp.application.port.out;

import dev.codebasemcp.domain.job.IndexingJob;
import java.time.Instant;

/**
 * What becomes of a running job whose lease ran out: the one rule every {@link JobStore} applies in
 * {@link JobStore#reapExpiredLeases}, so every store words it the same way.
 */
public final class ExpiredLeases {

    private ExpiredLeases() {
    }

    /**
     * A job whose cancellation was requested is cancelled; a job with attempts left goes back to
     * pending; a job that has used {@code maxAttempts} attempts fails.
     */
    public static IndexingJob nextState(IndexingJob expired, int maxAttempts, Instant now) {
        if (expired.cancelRequested()) {
            return expired.cancel(now);
        }
        String what = "the lease of worker " + expired.workerId() + " expired during attempt "
                + expired.attempts() + " of " + maxAttempts
                + " (the process stopped or lost its database connection)";
        if (expired.attempts() >= maxAttempts) {
            return expired.fail("Indexing failed: " + what + "; no attempts left", now);
        }
        return expired.requeue("Requeued: " + what);
    }
}
