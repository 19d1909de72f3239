package dev.codebasemcp.application.service.jobs;

import static dev.codebasemcp.application.testing.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.codebasemcp.application.port.in.StartIndexingCommand;
import dev.codebasemcp.application.port.out.FakeIndexer;
import dev.codebasemcp.application.port.out.InMemoryJobStore;
import dev.codebasemcp.application.port.out.InProcessJobQueueSignal;
import dev.codebasemcp.application.port.out.StoreUnavailableException;
import dev.codebasemcp.domain.job.IndexingJob;
import dev.codebasemcp.domain.job.JobId;
import dev.codebasemcp.domain.job.JobPhase;
import dev.codebasemcp.domain.job.JobStatus;
import dev.codebasemcp.domain.project.ProjectId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexingWorkerTest {

    private static final int FILES = 3;

    @TempDir
    Path tmp;

    private final Clock clock = Clock.systemUTC();
    private final InMemoryJobStore store = new InMemoryJobStore();
    private final InProcessJobQueueSignal signal = new InProcessJobQueueSignal();
    private final FakeIndexer indexer = new FakeIndexer(FILES);
    private final List<IndexingWorker> workers = new ArrayList<>();

    @AfterEach
    void stopWorkers() {
        indexer.release();
        workers.forEach(IndexingWorker::close);
    }

    static JobEngineSettings fastSettings() {
        return JobEngineSettings.defaults()
                .withLease(Duration.ofSeconds(2), Duration.ofMillis(100), Duration.ofMillis(20))
                .withPollInterval(Duration.ofMillis(50))
                .withShutdownGrace(Duration.ofSeconds(5));
    }

    @Test
    void runsAQueuedJobToCompletedWithTheIndexersCounters() throws IOException {
        startWorker(fastSettings());

        IndexingJob job = queue("repo");

        IndexingJob done = awaitStatus(job.id(), JobStatus.COMPLETED);
        assertThat(done.filesIndexed()).isEqualTo(FILES);
        assertThat(done.chunksCreated()).isEqualTo(FILES * FakeIndexer.CHUNKS_PER_FILE);
        assertThat(done.attempts()).isEqualTo(1);
        assertThat(done.errorMessage()).isNull();
        assertThat(done.workerId()).isNull();
        assertThat(done.completedAt()).isNotNull();
        assertThat(done.progress().phase()).isEqualTo(JobPhase.DONE);
        assertThat(done.progress().filesDone()).isEqualTo(FILES);
        assertThat(done.progress().percent()).isEqualTo(100);
    }

    @Test
    void picksUpAJobOnTheQueueSignalWithoutWaitingForThePoll() throws IOException {
        startWorker(fastSettings().withPollInterval(Duration.ofHours(1)));
        await("the worker made its first claim and now waits", () -> store.claimCalls() >= 1);

        IndexingJob job = queue("repo");

        assertThat(signal.signalsSent()).isEqualTo(1);
        awaitStatus(job.id(), JobStatus.COMPLETED);
    }

    @Test
    void writesProgressWhileTheJobRuns() throws IOException {
        indexer.hold();
        startWorker(fastSettings());
        IndexingJob job = queue("repo");

        await("the indexer reports its scanning phase to the store",
                () -> store.findById(job.id()).orElseThrow().progress().phase() == JobPhase.SCANNING
                        && indexer.runsActive() == 1);
        IndexingJob running = store.findById(job.id()).orElseThrow();
        assertThat(running.status()).isEqualTo(JobStatus.RUNNING);
        assertThat(running.workerId()).isEqualTo(workers.get(0).workerId());
    }

    @Test
    void renewsTheLeaseSoAnotherReaperLeavesTheLiveJobAlone() throws IOException {
        indexer.hold();
        startWorker(fastSettings());
        IndexingJob job = queue("repo");
        IndexingJob firstClaim = awaitStatus(job.id(), JobStatus.RUNNING);

        await("the lease was renewed past the first one", () -> store.findById(job.id()).orElseThrow()
                .leaseExpiresAt().isAfter(firstClaim.leaseExpiresAt()));

        assertThat(store.reapExpiredLeases(clock.instant(), 3)).isEmpty();
        assertThat(store.findById(job.id()).orElseThrow().status()).isEqualTo(JobStatus.RUNNING);
    }

    @Test
    void timesOutASlowJobAndFreesItsSlot() throws IOException {
        indexer.hold();
        startWorker(fastSettings().withMaxConcurrentJobs(1).withJobTimeout(Duration.ofMillis(300)));
        IndexingJob slow = queue("slow");
        IndexingJob next = queue("next");

        IndexingJob failed = awaitStatus(slow.id(), JobStatus.FAILED);

        assertThat(failed.errorMessage()).contains("timed out after 0.300 s");
        assertThat(indexer.published(slow.repoPath())).isZero();
        await("the next job got the freed slot", () -> indexer.runsStarted(next.repoPath()) == 1);
    }

    @Test
    void cancelsARunningJobAtItsNextCheckpoint() throws IOException {
        indexer.hold();
        startWorker(fastSettings());
        IndexingJob job = queue("repo");
        awaitStatus(job.id(), JobStatus.RUNNING);

        var report = new CancelIndexingService(store, clock).cancel(job.id().toString());

        assertThat(report.job().status()).isIn(JobStatus.RUNNING, JobStatus.CANCELLED);
        IndexingJob cancelled = awaitStatus(job.id(), JobStatus.CANCELLED);
        assertThat(cancelled.completedAt()).isNotNull();
        assertThat(indexer.published(job.repoPath())).isZero();
    }

    @Test
    void cancelledPendingJobNeverRuns() throws IOException {
        indexer.hold();
        startWorker(fastSettings().withMaxConcurrentJobs(1));
        IndexingJob first = queue("first");
        IndexingJob second = queue("second");
        awaitStatus(first.id(), JobStatus.RUNNING);

        var report = new CancelIndexingService(store, clock).cancel(second.id().toString());
        indexer.release();

        assertThat(report.job().status()).isEqualTo(JobStatus.CANCELLED);
        awaitStatus(first.id(), JobStatus.COMPLETED);
        assertThat(store.findById(second.id()).orElseThrow().status()).isEqualTo(JobStatus.CANCELLED);
        assertThat(indexer.runsStarted(second.repoPath())).isZero();
    }

    @Test
    void neverRunsMoreJobsAtOnceThanItHasSlots() throws IOException {
        indexer.slowDown(Duration.ofMillis(3));
        startWorker(fastSettings().withMaxConcurrentJobs(2));
        List<IndexingJob> jobs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            jobs.add(queue("repo-" + i));
        }

        for (IndexingJob job : jobs) {
            awaitStatus(job.id(), JobStatus.COMPLETED);
        }

        assertThat(indexer.maxRunsAtOnce()).isBetween(1, 2);
        assertThat(jobs).allSatisfy(job -> assertThat(indexer.runsStarted(job.repoPath())).isEqualTo(1));
    }

    @Test
    void shutdownHandsARunningJobBackAsPendingAndTheNextWorkerResumesIt() throws IOException {
        indexer.hold();
        IndexingWorker first = startWorker(fastSettings());
        IndexingJob job = queue("repo");
        awaitStatus(job.id(), JobStatus.RUNNING);

        first.close();

        IndexingJob handedBack = store.findById(job.id()).orElseThrow();
        assertThat(handedBack.status()).isEqualTo(JobStatus.PENDING);
        assertThat(handedBack.workerId()).isNull();
        assertThat(handedBack.leaseExpiresAt()).isNull();
        assertThat(handedBack.errorMessage()).contains("Handed back").contains(first.workerId());

        indexer.release();
        startWorker(fastSettings());
        IndexingJob done = awaitStatus(job.id(), JobStatus.COMPLETED);
        // The hand-back gave its attempt back: the attempt that completed counts as the first.
        assertThat(done.attempts()).isEqualTo(1);
    }

    @Test
    void reaperAtStartUpRequeuesTheJobOfADeadWorkerAndRunsIt() throws IOException {
        IndexingJob job = store.insert(IndexingJob.pending(JobId.random(), repo("orphan"), ProjectId.DEFAULT,
                false, clock.instant()));
        Instant past = clock.instant().minusSeconds(60);
        store.claim("dead-worker", 1, past, past.plusSeconds(30));

        startWorker(fastSettings());

        IndexingJob done = awaitStatus(job.id(), JobStatus.COMPLETED);
        assertThat(done.attempts()).isEqualTo(2);
    }

    @Test
    void failsTheJobWithTheCauseWhenTheIndexerFails() throws IOException {
        indexer.failNextRun(new IllegalStateException("disk on fire"));
        startWorker(fastSettings());

        IndexingJob job = queue("repo");

        IndexingJob failed = awaitStatus(job.id(), JobStatus.FAILED);
        assertThat(failed.errorMessage()).isEqualTo("Indexing failed: IllegalStateException: disk on fire");
    }

    @Test
    void failsTheJobAtOnceWhenTheIndexerThrowsAnError() throws IOException {
        indexer.failNextRun(new StackOverflowError("too deep"));
        startWorker(fastSettings());

        IndexingJob job = queue("repo");

        IndexingJob failed = awaitStatus(job.id(), JobStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.errorMessage()).isEqualTo("Indexing failed: StackOverflowError: too deep");
        IndexingJob next = queue("next");
        awaitStatus(next.id(), JobStatus.COMPLETED);
    }

    @Test
    void requeuesAJobWhoseDatabaseConnectionWasLostAndRunsItAgain() throws IOException {
        indexer.failNextRun(new IllegalStateException("write failed",
                new StoreUnavailableException("terminating connection due to administrator command", null)));
        startWorker(fastSettings());

        IndexingJob job = queue("repo");

        IndexingJob done = awaitStatus(job.id(), JobStatus.COMPLETED);
        assertThat(done.attempts()).isEqualTo(2);
        assertThat(indexer.runsStarted(job.repoPath())).isEqualTo(2);
    }

    @Test
    void failsAfterMaxAttemptsOfLostConnections() throws IOException {
        indexer.failEveryRun(new IllegalStateException("write failed",
                new StoreUnavailableException("connection refused", null)));
        startWorker(fastSettings().withMaxAttempts(2));

        IndexingJob job = queue("repo");

        IndexingJob failed = awaitStatus(job.id(), JobStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(2);
        assertThat(failed.errorMessage()).startsWith("Indexing failed:").contains("write failed");
    }

    @Test
    void waitsOutADatabaseOutageAndRecordsTheResultAfterwards() throws IOException {
        indexer.hold();
        startWorker(fastSettings());
        IndexingJob job = queue("repo");
        awaitStatus(job.id(), JobStatus.RUNNING);

        store.setAvailable(false);
        indexer.release();
        await("the worker tried the store during the outage", () -> store.refusedCalls() > 3);
        store.setAvailable(true);

        awaitStatus(job.id(), JobStatus.COMPLETED);
        assertThat(indexer.published(job.repoPath())).isEqualTo(1);
        IndexingJob after = queue("after-outage");
        awaitStatus(after.id(), JobStatus.COMPLETED);
    }

    @Test
    void stopsARunWhoseLeaseWasTakenOverAndLetsTheNewAttemptFinish() throws IOException {
        indexer.hold();
        startWorker(fastSettings());
        IndexingJob job = queue("repo");
        awaitStatus(job.id(), JobStatus.RUNNING);

        // Another process believes the worker is dead: it reaps the job, which is then claimed again.
        store.reapExpiredLeases(clock.instant().plusSeconds(3600), 3);
        await("the job is claimed for a second attempt", () -> indexer.runsStarted(job.repoPath()) == 2);
        await("the first attempt stopped", () -> indexer.runsActive() == 1);
        indexer.release();

        IndexingJob done = awaitStatus(job.id(), JobStatus.COMPLETED);
        assertThat(done.attempts()).isEqualTo(2);
        assertThat(indexer.published(job.repoPath())).isEqualTo(1);
    }

    private IndexingWorker startWorker(JobEngineSettings settings) {
        IndexingWorker worker = new IndexingWorker(store, indexer, signal, clock, settings, IndexingWorker.newWorkerId());
        workers.add(worker);
        worker.start();
        return worker;
    }

    private IndexingJob queue(String name) throws IOException {
        StartIndexingService start = new StartIndexingService(store, signal, fastSettings().pathPolicy(), new DiskPaths(),
                new ProjectResolver(null, new InMemoryProjectConfigs()), clock);
        return start.start(StartIndexingCommand.of(repo(name))).job();
    }

    private String repo(String name) throws IOException {
        return Files.createDirectories(tmp.resolve(name)).toRealPath().toString();
    }

    private IndexingJob awaitStatus(JobId id, JobStatus status) {
        await("job " + id + " becomes " + status.wireName(),
                () -> store.findById(id).orElseThrow().status() == status);
        return store.findById(id).orElseThrow();
    }
}
