package dev.codebasemcp.application.service.jobs;

import dev.codebasemcp.application.port.out.IndexResult;
import dev.codebasemcp.application.port.out.IndexingStoppedException;
import dev.codebasemcp.domain.job.IndexingJob;
import dev.codebasemcp.domain.job.JobPhase;
import dev.codebasemcp.domain.job.JobProgress;
import java.sql.SQLException;
import java.time.Instant;

/** The next state of a job from how its run ended. */
final class JobOutcomes {

    /** Cause chains can be cyclic; a real one is never this deep. */
    private static final int MAX_CAUSES = 32;

    private JobOutcomes() {
    }

    static IndexingJob completed(IndexingJob latest, IndexResult result, Instant now) {
        JobProgress last = latest.progress();
        int skipped = result.totalSkipped();
        int total = Math.max(last.filesTotal(), result.filesIndexed() + skipped);
        JobProgress finalProgress = new JobProgress(JobPhase.FINALIZING, total, total, last.bytesDone(),
                result.chunksCreated(), skipped);
        return latest.withProgress(finalProgress).complete(result.filesIndexed(), result.chunksCreated(), now);
    }

    /** Null when the lease was lost: the job is no longer this worker's to write. */
    static IndexingJob stopped(IndexingJob latest, IndexingStoppedException stop, String workerId, Instant now) {
        return switch (stop.reason()) {
            case CANCELLED -> latest.cancel(now);
            case TIMED_OUT -> latest.fail(stop.getMessage(), now);
            case SHUTTING_DOWN -> handedBack(latest, workerId);
            case LEASE_LOST -> null;
        };
    }

    static IndexingJob handedBack(IndexingJob latest, String workerId) {
        return latest.requeue("Handed back when worker " + workerId + " shut down during attempt "
                + latest.attempts() + "; the next worker resumes it");
    }

    /**
     * A lost database connection (SQLSTATE class 08, or 57P: the server terminated the session) is
     * worth another attempt while attempts are left; anything else
     * fails the job with the cause in its message.
     */
    static IndexingJob failed(IndexingJob latest, Throwable failure, int maxAttempts, Instant now) {
        String cause = describe(failure);
        if (isConnectionFailure(failure) && latest.attempts() < maxAttempts) {
            return latest.requeue("Requeued after attempt " + latest.attempts() + " of " + maxAttempts
                    + " lost its database connection: " + cause);
        }
        return latest.fail("Indexing failed: " + cause, now);
    }

    static boolean isConnectionFailure(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < MAX_CAUSES; t = t.getCause(), depth++) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    static String describe(Throwable failure) {
        String message = failure.getMessage();
        String type = failure.getClass().getSimpleName();
        return message == null || message.isBlank() ? type : type + ": " + message;
    }
}
