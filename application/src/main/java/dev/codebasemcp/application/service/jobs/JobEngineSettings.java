package dev.codebasemcp.application.service.jobs;

import dev.codebasemcp.domain.InvalidInputException;
import dev.codebasemcp.domain.path.PathPolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the job engine behaves. The per-job timeout and the lease are separate: the timeout bounds
 * how long one attempt may run, the lease tells other processes that this worker is still alive.
 *
 * @param maxConcurrentJobs jobs one process runs at once (MAX_CONCURRENT_INDEXING_JOBS)
 * @param jobTimeout        longest run of one attempt before it is stopped and failed (INDEXING_JOB_TIMEOUT_SECONDS)
 * @param leaseDuration     how long a lease lasts without renewal before reapers may requeue the job
 * @param heartbeatInterval how often a running job renews its lease; at most half the lease
 * @param progressInterval  how often progress is written to the job at most, and how often leases,
 *                          cancellation requests and timeouts are checked
 * @param pollInterval      fallback poll for new jobs when no wake-up signal arrives
 * @param maxAttempts       attempts before a job whose worker keeps disappearing fails (INDEXING_JOB_MAX_ATTEMPTS)
 * @param shutdownGrace     how long shutdown waits for running jobs to reach a checkpoint before handing them back
 * @param allowedRoots      directories repositories must lie in; empty allows any directory
 */
public record JobEngineSettings(int maxConcurrentJobs, Duration jobTimeout, Duration leaseDuration,
                                Duration heartbeatInterval, Duration progressInterval, Duration pollInterval,
                                int maxAttempts, Duration shutdownGrace, List<Path> allowedRoots) {

    public static final int MAX_CONCURRENT_LIMIT = 64;

    public JobEngineSettings {
        if (maxConcurrentJobs < 1 || maxConcurrentJobs > MAX_CONCURRENT_LIMIT) {
            throw new InvalidInputException("max_concurrent_indexing_jobs", "max_concurrent_indexing_jobs must be between 1 and "
                    + MAX_CONCURRENT_LIMIT + ", got: " + maxConcurrentJobs);
        }
        if (maxAttempts < 1) {
            throw new InvalidInputException("indexing_job_max_attempts",
                    "indexing_job_max_attempts must be at least 1, got: " + maxAttempts);
        }
        requirePositive("indexing_job_timeout", jobTimeout);
        requirePositive("indexing_job_lease", leaseDuration);
        requirePositive("indexing_job_heartbeat", heartbeatInterval);
        requirePositive("indexing_job_progress_interval", progressInterval);
        requirePositive("indexing_job_poll_interval", pollInterval);
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
        if (heartbeatInterval.multipliedBy(2).compareTo(leaseDuration) > 0) {
            throw new InvalidInputException("indexing_job_heartbeat", "the heartbeat (" + heartbeatInterval
                    + ") must be at most half the lease (" + leaseDuration + ") so one missed renewal does not lose it");
        }
        if (progressInterval.compareTo(heartbeatInterval) > 0) {
            throw new InvalidInputException("indexing_job_progress_interval", "the progress interval ("
                    + progressInterval + ") must not be longer than the heartbeat (" + heartbeatInterval + ")");
        }
        allowedRoots = List.copyOf(allowedRoots);
    }

    /** The documented defaults: 2 jobs, 1 h timeout, 30 s lease renewed every 5 s, 3 attempts. */
    public static JobEngineSettings defaults() {
        return new JobEngineSettings(2, Duration.ofHours(1), Duration.ofSeconds(30), Duration.ofSeconds(5),
                Duration.ofSeconds(1), Duration.ofSeconds(2), 3, Duration.ofSeconds(10), List.of());
    }

    public JobEngineSettings withMaxConcurrentJobs(int value) {
        return new JobEngineSettings(value, jobTimeout, leaseDuration, heartbeatInterval, progressInterval,
                pollInterval, maxAttempts, shutdownGrace, allowedRoots);
    }

    public JobEngineSettings withJobTimeout(Duration value) {
        return new JobEngineSettings(maxConcurrentJobs, value, leaseDuration, heartbeatInterval, progressInterval,
                pollInterval, maxAttempts, shutdownGrace, allowedRoots);
    }

    public JobEngineSettings withLease(Duration lease, Duration heartbeat, Duration progress) {
        return new JobEngineSettings(maxConcurrentJobs, jobTimeout, lease, heartbeat, progress,
                pollInterval, maxAttempts, shutdownGrace, allowedRoots);
    }

    public JobEngineSettings withPollInterval(Duration value) {
        return new JobEngineSettings(maxConcurrentJobs, jobTimeout, leaseDuration, heartbeatInterval, progressInterval,
                value, maxAttempts, shutdownGrace, allowedRoots);
    }

    public JobEngineSettings withMaxAttempts(int value) {
        return new JobEngineSettings(maxConcurrentJobs, jobTimeout, leaseDuration, heartbeatInterval, progressInterval,
                pollInterval, value, shutdownGrace, allowedRoots);
    }

    public JobEngineSettings withShutdownGrace(Duration value) {
        return new JobEngineSettings(maxConcurrentJobs, jobTimeout, leaseDuration, heartbeatInterval, progressInterval,
                pollInterval, maxAttempts, value, allowedRoots);
    }

    public JobEngineSettings withAllowedRoots(List<Path> value) {
        return new JobEngineSettings(maxConcurrentJobs, jobTimeout, leaseDuration, heartbeatInterval, progressInterval,
                pollInterval, maxAttempts, shutdownGrace, value);
    }

    /** Reapers look for expired leases twice per lease duration. */
    public Duration reapInterval() {
        return leaseDuration.dividedBy(2);
    }

    public PathPolicy pathPolicy() {
        return new PathPolicy(allowedRoots);
    }

    private static void requirePositive(String field, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new InvalidInputException(field, field + " must be a positive duration, got: " + value);
        }
    }
}
