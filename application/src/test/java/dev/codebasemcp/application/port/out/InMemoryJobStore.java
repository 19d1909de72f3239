package dev.codebasemcp.application.port.out;

import dev.codebasemcp.domain.index.SkippedPath;
import dev.codebasemcp.domain.job.IndexingJob;
import dev.codebasemcp.domain.job.JobId;
import dev.codebasemcp.domain.job.JobPhase;
import dev.codebasemcp.domain.job.JobProgress;
import dev.codebasemcp.domain.job.JobStatus;
import dev.codebasemcp.domain.project.ProjectId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link JobStore} in memory for tests. Every method holds the store's lock, which gives the same
 * atomicity as the single statements of a database store. {@link #setAvailable} simulates an outage.
 */
public final class InMemoryJobStore implements JobStore {

    private static final Comparator<IndexingJob> OLDEST_FIRST =
            Comparator.comparing(IndexingJob::createdAt).thenComparing(job -> job.id().value());

    private final Map<JobId, IndexingJob> jobs = new HashMap<>();
    private final Map<JobId, List<SkippedPath>> skippedPaths = new HashMap<>();
    private final AtomicBoolean available = new AtomicBoolean(true);
    private final AtomicInteger refusedCalls = new AtomicInteger();
    private final AtomicInteger claimCalls = new AtomicInteger();

    /** While false, every call fails as a database outage would. */
    public void setAvailable(boolean available) {
        this.available.set(available);
    }

    /** Calls refused while the store was unavailable. */
    public int refusedCalls() {
        return refusedCalls.get();
    }

    /** Calls of {@link #claim}, answered or refused. */
    public int claimCalls() {
        return claimCalls.get();
    }

    @Override
    public synchronized IndexingJob insert(IndexingJob pendingJob) {
        requireAvailable();
        if (findActive(pendingJob.projectId(), pendingJob.repoPath()).isPresent()) {
            throw new ActiveJobExistsException(pendingJob.projectId(), pendingJob.repoPath());
        }
        if (jobs.putIfAbsent(pendingJob.id(), pendingJob) != null) {
            throw new IllegalStateException("job " + pendingJob.id() + " exists already");
        }
        return pendingJob;
    }

    @Override
    public synchronized Optional<IndexingJob> findById(JobId id) {
        requireAvailable();
        return Optional.ofNullable(jobs.get(id));
    }

    @Override
    public synchronized List<IndexingJob> list(JobFilter filter) {
        requireAvailable();
        return jobs.values().stream()
                .filter(job -> filter.status() == null || job.status() == filter.status())
                .filter(job -> filter.projectId() == null || job.projectId().equals(filter.projectId()))
                .filter(job -> filter.repoPath() == null || job.repoPath().equals(filter.repoPath()))
                .sorted(OLDEST_FIRST.reversed())
                .limit(filter.limit())
                .toList();
    }

    @Override
    public synchronized Optional<IndexingJob> findActive(ProjectId projectId, String repoPath) {
        requireAvailable();
        return jobs.values().stream()
                .filter(job -> job.status().isActive())
                .filter(job -> job.projectId().equals(projectId) && job.repoPath().equals(repoPath))
                .min(OLDEST_FIRST);
    }

    @Override
    public synchronized List<IndexingJob> claim(String workerId, int maxJobs, Instant now, Instant leaseUntil) {
        claimCalls.incrementAndGet();
        requireAvailable();
        List<IndexingJob> claimed = jobs.values().stream()
                .filter(job -> job.status() == JobStatus.PENDING)
                .sorted(OLDEST_FIRST)
                .limit(Math.max(0, maxJobs))
                .map(job -> job.claim(workerId, now, leaseUntil))
                .toList();
        claimed.forEach(this::put);
        return claimed;
    }

    @Override
    public synchronized LeaseState renewLease(JobLease lease, Instant leaseUntil, JobProgress progress) {
        requireAvailable();
        Optional<IndexingJob> held = leased(lease);
        if (held.isEmpty()) {
            return LeaseState.LOST;
        }
        IndexingJob renewed = put(RunningJobUpdates.renewed(held.get(), leaseUntil, progress));
        return renewed.cancelRequested() ? LeaseState.CANCEL_REQUESTED : LeaseState.HELD;
    }

    @Override
    public synchronized boolean finish(JobLease lease, IndexingJob next) {
        requireAvailable();
        Optional<IndexingJob> held = leased(lease);
        if (held.isEmpty()) {
            return false;
        }
        boolean cancelWins = next.status() == JobStatus.PENDING && held.get().cancelRequested();
        put(cancelWins ? held.get().cancel(Instant.now()) : next);
        return true;
    }

    @Override
    public synchronized LeaseState startPublishing(JobLease lease, JobProgress progress) {
        requireAvailable();
        Optional<IndexingJob> held = leased(lease);
        if (held.isEmpty()) {
            return LeaseState.LOST;
        }
        if (held.get().cancelRequested()) {
            return LeaseState.CANCEL_REQUESTED;
        }
        put(held.get().withProgress(progress));
        return LeaseState.HELD;
    }

    @Override
    public synchronized void recordSkippedPaths(JobId id, List<SkippedPath> paths) {
        requireAvailable();
        skippedPaths.put(id, List.copyOf(paths));
    }

    @Override
    public synchronized List<SkippedPath> skippedPaths(JobId id) {
        requireAvailable();
        return skippedPaths.getOrDefault(id, List.of());
    }

    @Override
    public synchronized boolean cancelPending(JobId id, Instant now) {
        requireAvailable();
        IndexingJob job = jobs.get(id);
        if (job == null || job.status() != JobStatus.PENDING) {
            return false;
        }
        put(job.cancel(now));
        return true;
    }

    @Override
    public synchronized boolean requestCancel(JobId id) {
        requireAvailable();
        IndexingJob job = jobs.get(id);
        if (job == null || job.status() != JobStatus.RUNNING || job.progress().phase() == JobPhase.FINALIZING) {
            return false;
        }
        put(RunningJobUpdates.cancelRequested(job));
        return true;
    }

    @Override
    public synchronized List<IndexingJob> reapExpiredLeases(Instant now, int maxAttempts) {
        requireAvailable();
        List<IndexingJob> reaped = new ArrayList<>();
        jobs.values().stream()
                .filter(job -> job.status() == JobStatus.RUNNING && job.leaseExpiresAt().isBefore(now))
                .sorted(OLDEST_FIRST)
                .map(job -> ExpiredLeases.nextState(job, maxAttempts, now))
                .forEach(reaped::add);
        reaped.forEach(this::put);
        return reaped;
    }

    private Optional<IndexingJob> leased(JobLease lease) {
        return Optional.ofNullable(jobs.get(lease.jobId()))
                .filter(job -> job.status() == JobStatus.RUNNING)
                .filter(job -> lease.workerId().equals(job.workerId()) && lease.attempt() == job.attempts());
    }

    private IndexingJob put(IndexingJob job) {
        jobs.put(job.id(), job);
        return job;
    }

    private void requireAvailable() {
        if (!available.get()) {
            refusedCalls.incrementAndGet();
            throw new IllegalStateException("job store unavailable (simulated database outage)");
        }
    }
}
