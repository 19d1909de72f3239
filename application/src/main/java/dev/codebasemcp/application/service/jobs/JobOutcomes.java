package dev.codebasemcp.application.service.jobs;

import dev.codebasemcp.application.port.out.IndexResult;
import dev.codebasemcp.application.port.out.IndexingStoppedException;
import dev.codebasemcp.application.port.out.StoreUnavailableException;
import dev.codebasemcp.domain.job.IndexingJob;
import dev.codebasemcp.domain.job.JobPhase;
import dev.codebasemcp.domain.job.JobProgress;
import java.time.Instant;

/** The next state of a job from how its execution ended. */
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
        return latest.handBack("Handed back when worker " + workerId + " shut down during attempt "
                + latest.attempts() + "; the attempt does not count, the next worker resumes the job");
    }

    /**
     * A store that was unavailable ({@link StoreUnavailableException} anywhere in the causes: a lost
     * connection, a dead attempt's session in the way) is worth another attempt while attempts are
     * left; anything else fails the job with the cause in its message.
     */
    static IndexingJob failed(IndexingJob latest, Throwable failure, int maxAttempts, Instant now) {
        String cause = describe(failure);
        if (isConnectionFailure(failure) && latest.attempts() < maxAttempts) {
            return latest.requeue("Requeued after attempt " + latest.attempts() + " of " + maxAttempts
                    + " found its store unavailable: " + cause);
        }
        return latest.fail("Indexing failed: " + cause, now);
    }

    static boolean isConnectionFailure(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < MAX_CAUSES; t = t.getCause(), depth++) {
            if (t instanceof StoreUnavailableException) {
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
