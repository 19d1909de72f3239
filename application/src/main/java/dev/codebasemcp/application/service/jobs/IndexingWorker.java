package dev.codebasemcp.application.service.jobs;

import dev.codebasemcp.application.port.out.IndexResult;
import dev.codebasemcp.application.port.out.Indexer;
import dev.codebasemcp.application.port.out.IndexingStoppedException;
import dev.codebasemcp.application.port.out.IndexingStoppedException.Reason;
import dev.codebasemcp.application.port.out.JobLease;
import dev.codebasemcp.application.port.out.JobQueueSignal;
import dev.codebasemcp.application.port.out.JobStore;
import dev.codebasemcp.domain.job.IndexingJob;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs indexing jobs from the shared queue in this process.
 *
 * <ul>
 *   <li>At most {@code maxConcurrentJobs} run at once; the dispatcher claims only as many jobs as
 *       there are free slots, so nothing waits in memory.</li>
 *   <li>A {@link JobQueueSignal} wakes the dispatcher as soon as a job is queued; it polls every
 *       {@code pollInterval} as well, so a lost signal only delays a job.</li>
 *   <li>A {@link Heartbeat} renews each running job's lease every heartbeat, writes its progress at most once
 *       per progress interval, and turns a cancellation request, a lost lease or the timeout into a
 *       stop request the indexer obeys at its next checkpoint.</li>
 *   <li>A {@link LeaseReaper} requeues or fails jobs of workers whose lease expired, at start-up and every half
 *       lease.</li>
 *   <li>Database failures are logged and retried with backoff; they never end the worker.</li>
 *   <li>A {@link JobFinisher} writes how each execution ended.</li>
 *   <li>{@link #close()} stops claiming, asks running jobs to stop and hands them back as pending.</li>
 * </ul>
 */
public final class IndexingWorker implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(IndexingWorker.class.getName());
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final JobStore store;
    private final Indexer indexer;
    private final JobQueueSignal signal;
    private final Clock clock;
    private final JobEngineSettings settings;
    private final String workerId;
    private final Semaphore slots;
    private final ExecutorService runners;
    private final ScheduledExecutorService ticker;
    private final Heartbeat heartbeat;
    private final LeaseReaper reaper;
    private final JobFinisher finisher;
    // Keyed by lease, not job id: a job taken over by a new attempt may briefly run twice here.
    private final Map<JobLease, JobExecution> running = new ConcurrentHashMap<>();
    private final Object wakeLock = new Object();
    private boolean wakeRequested;
    private volatile boolean stopping;
    private boolean started;
    private Thread dispatcher;
    private AutoCloseable subscription;

    public IndexingWorker(JobStore store, Indexer indexer, JobQueueSignal signal, Clock clock,
                          JobEngineSettings settings, String workerId) {
        this.store = store;
        this.indexer = indexer;
        this.signal = signal;
        this.clock = clock;
        this.settings = settings;
        this.workerId = workerId;
        this.slots = new Semaphore(settings.maxConcurrentJobs());
        this.heartbeat = new Heartbeat(store, clock, settings, workerId);
        this.reaper = new LeaseReaper(store, clock, settings, workerId, this::wake);
        this.finisher = new JobFinisher(store, settings, workerId);
        int instance = INSTANCES.incrementAndGet();
        AtomicInteger runnerNumber = new AtomicInteger();
        this.runners = Executors.newFixedThreadPool(settings.maxConcurrentJobs(), task -> Thread.ofPlatform()
                .name("indexing-job-" + instance + "-" + runnerNumber.incrementAndGet()).daemon(true).unstarted(task));
        this.ticker = Executors.newSingleThreadScheduledExecutor(task -> Thread.ofPlatform()
                .name("indexing-heartbeat-" + instance).daemon(true).unstarted(task));
    }

    /** A worker id unique across processes and restarts: the process id and a random suffix. */
    public static String newWorkerId() {
        byte[] random = new byte[4];
        ThreadLocalRandom.current().nextBytes(random);
        return "pid" + ProcessHandle.current().pid() + "-" + HexFormat.of().formatHex(random);
    }

    public String workerId() {
        return workerId;
    }

    /** Reaps expired leases once, then starts claiming, heartbeats and periodic reaping. */
    public synchronized void start() {
        if (started) {
            throw new IllegalStateException("worker " + workerId + " was started already");
        }
        started = true;
        subscription = signal.subscribe(this::wake);
        reaper.reap();
        long tickMillis = settings.progressInterval().toMillis();
        ticker.scheduleWithFixedDelay(() -> heartbeat.beat(running.values()), tickMillis, tickMillis,
                TimeUnit.MILLISECONDS);
        long reapMillis = settings.reapInterval().toMillis();
        ticker.scheduleWithFixedDelay(reaper::reap, reapMillis, reapMillis, TimeUnit.MILLISECONDS);
        dispatcher = Thread.ofPlatform().name("indexing-dispatcher-" + workerId).daemon(true).start(this::dispatch);
        LOG.log(Level.INFO, "Indexing worker {0} started: {1} slots, lease {2}, timeout {3}", workerId,
                settings.maxConcurrentJobs(), settings.leaseDuration(), settings.jobTimeout());
    }

    /** Makes an idle dispatcher look for jobs now instead of at its next poll. */
    public void wake() {
        synchronized (wakeLock) {
            wakeRequested = true;
            wakeLock.notifyAll();
        }
    }

    /**
     * Stops claiming, asks running jobs to stop at their next checkpoint and hands them back as
     * pending; a job that does not reach a checkpoint within the shutdown grace is handed back anyway.
     */
    @Override
    public void close() {
        synchronized (this) {
            if (!started || stopping) {
                return;
            }
            stopping = true;
        }
        closeSubscription();
        wake();
        joinDispatcher();
        running.values().forEach(execution -> execution.stop(Reason.SHUTTING_DOWN, "the worker is shutting down"));
        runners.shutdown();
        awaitRunners(settings.shutdownGrace());
        running.values().forEach(finisher::handBack);
        runners.shutdownNow();
        ticker.shutdownNow();
        LOG.log(Level.INFO, "Indexing worker {0} stopped", workerId);
    }

    private void dispatch() {
        Backoff backoff = Backoff.forDatabase();
        while (!stopping) {
            Duration wait = settings.pollInterval();
            try {
                int free = slots.availablePermits();
                if (free > 0) {
                    Instant now = clock.instant();
                    Instant leaseUntil = Heartbeat.earliest(now.plus(settings.leaseDuration()),
                            now.plus(settings.jobTimeout()).plus(settings.shutdownGrace()));
                    List<IndexingJob> claimed = store.claim(workerId, free, now, leaseUntil);
                    backoff.reset();
                    claimed.forEach(this::launch);
                }
            } catch (RuntimeException e) {
                wait = backoff.next();
                LOG.log(Level.WARNING, "Worker " + workerId + ": claiming jobs failed, retrying in " + wait, e);
            }
            awaitWake(wait);
        }
    }

    private void awaitWake(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (wakeLock) {
            while (!wakeRequested && !stopping) {
                long leftMillis = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (leftMillis <= 0) {
                    break;
                }
                try {
                    wakeLock.wait(leftMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            wakeRequested = false;
        }
    }

    private void launch(IndexingJob job) {
        JobExecution execution = new JobExecution(job, store, clock, settings.jobTimeout());
        if (!slots.tryAcquire()) {
            finisher.handBack(execution);
            return;
        }
        running.put(execution.lease(), execution);
        try {
            runners.execute(() -> execute(execution));
        } catch (RejectedExecutionException shuttingDown) {
            running.remove(execution.lease());
            slots.release();
            finisher.handBack(execution);
        }
    }

    private void execute(JobExecution execution) {
        IndexingJob job = execution.claimed();
        try {
            LOG.log(Level.INFO, "Job {0}: attempt {1} started on {2} by worker {3}", job.id(), job.attempts(),
                    job.repoPath(), workerId);
            IndexingJob next = runIndexer(execution);
            // None when the lease was lost: the job is its new owner's to write.
            if (next != null) {
                finisher.finish(execution, next);
            }
        } finally {
            running.remove(execution.lease());
            slots.release();
            wake();
        }
    }

    private IndexingJob runIndexer(JobExecution execution) {
        IndexingJob job = execution.claimed();
        try {
            IndexResult result = indexer.index(
                    new Indexer.IndexRequest(job.projectId(), Path.of(job.repoPath()), job.forceReindex()), execution);
            execution.skippedPaths(result.skippedPaths());
            return JobOutcomes.completed(execution.latest(), result, clock.instant());
        } catch (IndexingStoppedException stop) {
            if (stop.reason() == Reason.LEASE_LOST) {
                LOG.log(Level.WARNING, "Job {0}: stopped, {1}", job.id(), stop.getMessage());
            }
            return JobOutcomes.stopped(execution.latest(), stop, workerId, clock.instant());
        } catch (RuntimeException | Error failure) {
            // Errors too (a stack overflow, a missing class): the job fails now instead of being
            // retried until its attempts run out.
            LOG.log(Level.WARNING, "Job " + job.id() + ": indexing attempt " + job.attempts() + " failed", failure);
            return JobOutcomes.failed(execution.latest(), failure, settings.maxAttempts(), clock.instant());
        }
    }

    private void awaitRunners(Duration grace) {
        try {
            if (!runners.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.log(Level.WARNING, "Worker {0}: {1} jobs did not reach a checkpoint within {2}", workerId,
                        running.size(), grace);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void joinDispatcher() {
        try {
            dispatcher.join(Duration.ofSeconds(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void closeSubscription() {
        try {
            subscription.close();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Worker " + workerId + ": closing the queue subscription failed", e);
        }
    }
}
