package dev.codebasemcp.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.codebasemcp.domain.index.SkippedPath;
import dev.codebasemcp.domain.job.IndexingJob;
import dev.codebasemcp.domain.job.JobId;
import dev.codebasemcp.domain.job.JobPhase;
import dev.codebasemcp.domain.job.JobProgress;
import dev.codebasemcp.domain.job.JobStatus;
import dev.codebasemcp.domain.project.ProjectId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link JobStore} must show. A subclass supplies an empty store; the tests use
 * whole-second instants so stores with microsecond precision compare equal.
 */
public abstract class JobStoreContractTest {

    protected static final Instant T0 = Instant.parse("2026-01-10T10:00:00Z");
    protected static final ProjectId PROJECT = ProjectId.of("contract");
    private static final Duration LEASE = Duration.ofSeconds(30);

    private JobStore store;

    /** A store without any job in it. */
    protected abstract JobStore emptyStore();

    @BeforeEach
    void createStore() {
        store = emptyStore();
    }

    protected JobStore store() {
        return store;
    }

    @Test
    void insertStoresThePendingJobAsGiven() {
        IndexingJob job = pending("/repos/a", T0);

        IndexingJob stored = store.insert(job);

        assertThat(stored).isEqualTo(job);
        assertThat(store.findById(job.id())).contains(job);
    }

    @Test
    void findByIdOfAnUnknownJobIsEmpty() {
        assertThat(store.findById(JobId.random())).isEmpty();
    }

    @Test
    void claimMovesOldestPendingJobToRunningWithAttemptsPlusOne() {
        IndexingJob newer = store.insert(pending("/repos/newer", T0.plusSeconds(2)));
        IndexingJob older = store.insert(pending("/repos/older", T0.plusSeconds(1)));
        Instant now = T0.plusSeconds(10);

        List<IndexingJob> claimed = store.claim("worker-1", 1, now, now.plus(LEASE));

        IndexingJob expected = older.claim("worker-1", now, now.plus(LEASE));
        assertThat(claimed).containsExactly(expected);
        assertThat(expected.attempts()).isEqualTo(1);
        assertThat(store.findById(older.id())).contains(expected);
        assertThat(store.findById(newer.id()).orElseThrow().status()).isEqualTo(JobStatus.PENDING);
    }

    @Test
    void claimTakesAtMostMaxJobsInCreationOrder() {
        List<IndexingJob> jobs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            jobs.add(store.insert(pending("/repos/r" + i, T0.plusSeconds(i))));
        }

        List<IndexingJob> claimed = store.claim("worker-1", 3, T0.plusSeconds(10), T0.plusSeconds(40));

        assertThat(claimed).extracting(IndexingJob::id)
                .containsExactly(jobs.get(0).id(), jobs.get(1).id(), jobs.get(2).id());
    }

    @Test
    void claimWithNoFreeSlotsTakesNothing() {
        store.insert(pending("/repos/a", T0));

        assertThat(store.claim("worker-1", 0, T0.plusSeconds(1), T0.plusSeconds(31))).isEmpty();
        assertThat(store.list(allJobs()).get(0).status()).isEqualTo(JobStatus.PENDING);
    }

    @Test
    void claimTakesOnlyPendingJobs() {
        IndexingJob running = claimOne(store.insert(pending("/repos/running", T0)), "worker-1", T0.plusSeconds(1));
        IndexingJob cancelled = store.insert(pending("/repos/cancelled", T0.plusSeconds(2)));
        store.cancelPending(cancelled.id(), T0.plusSeconds(3));
        IndexingJob completed = claimOne(store.insert(pending("/repos/completed", T0.plusSeconds(4))), "worker-1",
                T0.plusSeconds(5));
        store.finish(JobLease.of(completed), completed.complete(1, 1, T0.plusSeconds(6)));

        assertThat(store.claim("worker-2", 10, T0.plusSeconds(7), T0.plusSeconds(37))).isEmpty();
        assertThat(store.findById(running.id()).orElseThrow().workerId()).isEqualTo("worker-1");
    }

    @Test
    void concurrentClaimsNeverHandOutTheSameJobTwice() throws Exception {
        int jobs = 60;
        for (int i = 0; i < jobs; i++) {
            store.insert(pending("/repos/c" + i, T0.plusMillis(i * 1000L)));
        }
        int workers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        CountDownLatch start = new CountDownLatch(1);
        List<JobId> claimedIds = Collections.synchronizedList(new ArrayList<>());
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                String workerId = "worker-" + w;
                futures.add(pool.submit(() -> {
                    start.await();
                    Instant now = T0.plusSeconds(100);
                    List<IndexingJob> batch;
                    do {
                        batch = store.claim(workerId, 2, now, now.plus(LEASE));
                        batch.forEach(job -> claimedIds.add(job.id()));
                    } while (!batch.isEmpty());
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(claimedIds).hasSize(jobs).doesNotHaveDuplicates();
    }

    @Test
    void renewLeaseExtendsTheLeaseAndRecordsProgress() {
        IndexingJob running = claimOne(store.insert(pending("/repos/a", T0)), "worker-1", T0.plusSeconds(1));
        JobProgress progress = new JobProgress(JobPhase.INDEXING, 10, 4, 4096, 12, 1);

        LeaseState state = store.renewLease(JobLease.of(running), T0.plusSeconds(90), progress);

        assertThat(state).isEqualTo(LeaseState.HELD);
        assertThat(store.findById(running.id())).contains(
                RunningJobUpdates.renewed(running, T0.plusSeconds(90), progress));
    }

    @Test
    void renewLeaseReportsCancelRequested() {
        IndexingJob running = claimOne(store.insert(pending("/repos/a", T0)), "worker-1", T0.plusSeconds(1));

        assertThat(store.requestCancel(running.id())).isTrue();

        assertThat(store.findById(running.id()).orElseThrow().cancelRequested()).isTrue();
        assertThat(store.renewLease(JobLease.of(running), T0.plusSeconds(60), running.progress()))
                .isEqualTo(LeaseState.CANCEL_REQUESTED);
    }

    @Test
    void renewLeaseOfAnotherWorkerOrAttemptIsLostAndWritesNothing() {
        IndexingJob running = claimOne(store.insert(pending("/repos/a", T0)), "worker-1", T0.plusSeconds(1));
        JobProgress progress = new JobProgress(JobPhase.INDEXING, 10, 9, 1, 1, 0);

        assertThat(store.renewLease(new JobLease(running.id(), "worker-2", 1), T0.plusSeconds(99), progress))
                .isEqualTo(LeaseState.LOST);
        assertThat(store.renewLease(new JobLease(running.id(), "worker-1", 2), T0.plusSeconds(99), progress))
                .isEqualTo(LeaseState.LOST);
        assertThat(store.findById(running.id())).contains(running);
    }

    @Test
    void renewLeaseOfAFinishedJobIsLost() {
        IndexingJob running = claimOne(store.insert(pending("/repos/a", T0)), "worker-1", T0.plusSeconds(1));
        store.finish(JobLease.of(running), running.complete(3, 7, T0.plusSeconds(2)));

        assertThat(store.renewLease(JobLease.of(running), T0.plusSeconds(60), running.progress()))
                .isEqualTo(LeaseState.LOST);
    }

    @Test
    void finishWritesTheNextStateWithCounters() {
        IndexingJob running = claimOne(store.insert(pending("/repos/a", T0)), "worker-1", T0.plusSeconds(1));
        IndexingJob completed = running.withProgress(new JobProgress(JobPhase.FINALIZING, 4, 4, 100, 9, 0))
                .complete(4, 9, T0.plusSeconds(5));

        assertThat(store.finish(JobLease.of(running), completed)).isTrue();

        assertThat(store.findById(running.id())).contains(completed);
        assertThat(completed.filesIndexed()).isEqualTo(4);
    }

    @Test
    void finishCanFailCancelOrHandBackARunningJob() {
        IndexingJob first = claimOne(store.insert(pending("/repos/a", T0)), "worker-1", T0.plusSeconds(1));
        IndexingJob second = claimOne(store.insert(pending("/repos/b", T0.plusSeconds(1))), "worker-1", T0.plusSeconds(2));
        IndexingJob third = claimOne(store.insert(pending("/repos/c", T0.plusSeconds(2))), "worker-1", T0.plusSeconds(3));

        IndexingJob failed = first.fail("timed out after 5 s", T0.plusSeconds(9));
        IndexingJob cancelled = second.cancel(T0.plusSeconds(9));
        IndexingJob handedBack = third.requeue("Requeued: the connection was lost");

        assertThat(store.finish(JobLease.of(first), failed)).isTrue();
        assertThat(store.finish(JobLease.of(second), cancelled)).isTrue();
        assertThat(store.finish(JobLease.of(third), handedBack)).isTrue();

        assertThat(store.findById(first.id())).contains(failed);
        assertThat(store.findById(second.id())).contains(cancelled);
        assertThat(store.findById(third.id())).contains(handedBack);
        assertThat(store.claim("worker-2", 5, T0.plusSeconds(10), T0.plusSeconds(40)))
                .extracting(IndexingJob::id, IndexingJob::attempts)
                .containsExactly(tuple(third.id(), 2));
    }

    @Test
    void finishWithAStaleLeaseReturnsFalseAndWritesNothing() {
        IndexingJob firstRun = claimOne(store.insert(pending("/repos/a", T0)), "worker-1", T0.plusSeconds(1));
        store.reapExpiredLeases(T0.plusSeconds(100), 3);
        IndexingJob secondRun = claimOne(store.findById(firstRun.id()).orElseThrow(), "worker-2", T0.plusSeconds(101));

        boolean written = store.finish(JobLease.of(firstRun), firstRun.complete(1, 1, T0.plusSeconds(102)));

        assertThat(written).isFalse();
        assertThat(store.findById(firstRun.id())).contains(secondRun);
    }

    @Test
    void finishOfAJobThatIsNotRunningReturnsFalse() {
        IndexingJob job = store.insert(pending("/repos/a", T0));
        IndexingJob imagined = job.claim("worker-1", T0, T0.plusSeconds(30));

        assertThat(store.finish(JobLease.of(imagined), imagined.complete(1, 1, T0.plusSeconds(1)))).isFalse();
        assertThat(store.findById(job.id())).contains(job);
    }

    @Test
    void reaperRequeuesARunningJobWhoseLeaseExpired() {
        IndexingJob running = claimOne(store.insert(pending("/repos/a", T0)), "worker-1", T0.plusSeconds(1));
        Instant now = running.leaseExpiresAt().plusSeconds(1);

        List<IndexingJob> reaped = store.reapExpiredLeases(now, 3);

        IndexingJob expected = ExpiredLeases.nextState(running, 3, now);
        assertThat(expected.status()).isEqualTo(JobStatus.PENDING);
        assertThat(expected.errorMessage()).contains("lease").contains("worker-1").contains("attempt 1 of 3");
        assertThat(reaped).containsExactly(expected);
        assertThat(store.findById(running.id())).contains(expected);
    }

    @Test
    void reaperLeavesLiveLeasesAndPendingJobsAlone() {
        IndexingJob running = claimOne(store.insert(pending("/repos/a", T0)), "worker-1", T0.plusSeconds(1));
        IndexingJob waiting = store.insert(pending("/repos/b", T0.plusSeconds(2)));

        assertThat(store.reapExpiredLeases(running.leaseExpiresAt().minusSeconds(1), 3)).isEmpty();

        assertThat(store.findById(running.id())).contains(running);
        assertThat(store.findById(waiting.id())).contains(waiting);
    }

    @Test
    void reaperFailsTheJobOnceMaxAttemptsWereStarted() {
        IndexingJob job = store.insert(pending("/repos/a", T0));
        Instant now = T0;
        IndexingJob running = null;
        for (int attempt = 1; attempt <= 3; attempt++) {
            now = now.plusSeconds(100);
            running = claimOne(store.findById(job.id()).orElseThrow(), "worker-" + attempt, now);
            assertThat(running.attempts()).isEqualTo(attempt);
            store.reapExpiredLeases(running.leaseExpiresAt().plusSeconds(1), 3);
        }

        IndexingJob failed = store.findById(job.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(JobStatus.FAILED);
        assertThat(failed.errorMessage()).contains("attempt 3 of 3").contains("no attempts left");
        assertThat(failed).isEqualTo(ExpiredLeases.nextState(running, 3, running.leaseExpiresAt().plusSeconds(1)));
        assertThat(store.claim("worker-9", 1, now.plusSeconds(200), now.plusSeconds(230))).isEmpty();
    }

    @Test
    void reaperCancelsAnExpiredJobWhoseCancellationWasRequested() {
        IndexingJob running = claimOne(store.insert(pending("/repos/a", T0)), "worker-1", T0.plusSeconds(1));
        store.requestCancel(running.id());
        Instant now = running.leaseExpiresAt().plusSeconds(1);

        store.reapExpiredLeases(now, 3);

        IndexingJob after = store.findById(running.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(JobStatus.CANCELLED);
        assertThat(after.completedAt()).isEqualTo(now);
    }

    @Test
    void findActiveReturnsThePendingOrRunningJobOfProjectAndRepository() {
        IndexingJob done = claimOne(store.insert(pending("/repos/a", T0)), "worker-1", T0.plusSeconds(1));
        store.finish(JobLease.of(done), done.complete(1, 1, T0.plusSeconds(2)));
        assertThat(store.findActive(PROJECT, "/repos/a")).isEmpty();

        IndexingJob waiting = store.insert(pending("/repos/a", T0.plusSeconds(3)));
        store.insert(IndexingJob.pending(JobId.random(), "/repos/a", ProjectId.of("other"), false, T0.plusSeconds(4)));
        store.insert(pending("/repos/b", T0.plusSeconds(5)));
        assertThat(store.findActive(PROJECT, "/repos/a")).contains(waiting);

        IndexingJob running = claimOne(waiting, "worker-1", T0.plusSeconds(6));
        assertThat(store.findActive(PROJECT, "/repos/a")).contains(running);
    }

    @Test
    void listReturnsNewestFirstUpToTheLimit() {
        IndexingJob oldest = store.insert(pending("/repos/a", T0));
        IndexingJob middle = store.insert(pending("/repos/b", T0.plusSeconds(1)));
        IndexingJob newest = store.insert(pending("/repos/c", T0.plusSeconds(2)));

        assertThat(store.list(allJobs())).containsExactly(newest, middle, oldest);
        assertThat(store.list(new JobFilter(null, null, null, 2))).containsExactly(newest, middle);
    }

    @Test
    void listFiltersByStatusProjectAndRepository() {
        IndexingJob doneA = claimOne(store.insert(pending("/repos/a", T0)), "worker-1", T0.plusSeconds(1));
        IndexingJob completedA = doneA.complete(2, 3, T0.plusSeconds(2));
        store.finish(JobLease.of(doneA), completedA);
        IndexingJob runningC = claimOne(store.insert(pending("/repos/c", T0.plusSeconds(3))), "worker-1",
                T0.plusSeconds(4));
        IndexingJob pendingA = store.insert(pending("/repos/a", T0.plusSeconds(5)));
        IndexingJob pendingB = store.insert(pending("/repos/b", T0.plusSeconds(6)));
        ProjectId other = ProjectId.of("other");
        IndexingJob otherProject = store.insert(
                IndexingJob.pending(JobId.random(), "/repos/a", other, true, T0.plusSeconds(7)));

        assertThat(store.list(new JobFilter(JobStatus.PENDING, null, null, 10)))
                .containsExactly(otherProject, pendingB, pendingA);
        assertThat(store.list(new JobFilter(JobStatus.RUNNING, null, null, 10))).containsExactly(runningC);
        assertThat(store.list(new JobFilter(JobStatus.COMPLETED, null, null, 10))).containsExactly(completedA);
        assertThat(store.list(new JobFilter(null, other, null, 10))).containsExactly(otherProject);
        assertThat(store.list(new JobFilter(null, null, "/repos/a", 10)))
                .containsExactly(otherProject, pendingA, completedA);
        assertThat(store.list(new JobFilter(JobStatus.PENDING, PROJECT, "/repos/a", 10))).containsExactly(pendingA);
        assertThat(store.list(new JobFilter(JobStatus.FAILED, null, null, 10))).isEmpty();
    }

    @Test
    void insertRefusesASecondActiveJobForTheSameProjectAndRepository() {
        IndexingJob first = store.insert(pending("/repos/a", T0));

        assertThatThrownBy(() -> store.insert(pending("/repos/a", T0.plusSeconds(1))))
                .isInstanceOfSatisfying(ActiveJobExistsException.class, e -> {
                    assertThat(e.projectId()).isEqualTo(PROJECT);
                    assertThat(e.repoPath()).isEqualTo("/repos/a");
                });
        IndexingJob running = claimOne(first, "worker-1", T0.plusSeconds(2));
        assertThatThrownBy(() -> store.insert(pending("/repos/a", T0.plusSeconds(3))))
                .isInstanceOf(ActiveJobExistsException.class);

        store.finish(JobLease.of(running), running.complete(1, 1, T0.plusSeconds(4)));
        IndexingJob again = store.insert(pending("/repos/a", T0.plusSeconds(5)));
        IndexingJob elsewhere = store.insert(
                IndexingJob.pending(JobId.random(), "/repos/a", ProjectId.of("other"), false, T0.plusSeconds(6)));

        assertThat(store.list(allJobs())).extracting(IndexingJob::id)
                .containsExactly(elsewhere.id(), again.id(), first.id());
    }

    @Test
    void cancelPendingCancelsAPendingJobAtOnce() {
        IndexingJob job = store.insert(pending("/repos/a", T0));

        assertThat(store.cancelPending(job.id(), T0.plusSeconds(5))).isTrue();

        assertThat(store.findById(job.id())).contains(job.cancel(T0.plusSeconds(5)));
        assertThat(store.claim("worker-1", 1, T0.plusSeconds(6), T0.plusSeconds(36))).isEmpty();
    }

    @Test
    void cancelPendingOfARunningOrFinishedJobReturnsFalse() {
        IndexingJob running = claimOne(store.insert(pending("/repos/a", T0)), "worker-1", T0.plusSeconds(1));
        IndexingJob cancelled = store.insert(pending("/repos/b", T0.plusSeconds(2)));
        store.cancelPending(cancelled.id(), T0.plusSeconds(3));

        assertThat(store.cancelPending(running.id(), T0.plusSeconds(4))).isFalse();
        assertThat(store.cancelPending(cancelled.id(), T0.plusSeconds(4))).isFalse();
        assertThat(store.cancelPending(JobId.random(), T0.plusSeconds(4))).isFalse();
        assertThat(store.findById(running.id())).contains(running);
        assertThat(store.findById(cancelled.id()).orElseThrow().completedAt()).isEqualTo(T0.plusSeconds(3));
    }

    @Test
    void requestCancelOfAJobThatIsNotRunningReturnsFalse() {
        IndexingJob waiting = store.insert(pending("/repos/a", T0));

        assertThat(store.requestCancel(waiting.id())).isFalse();
        assertThat(store.requestCancel(JobId.random())).isFalse();
        assertThat(store.findById(waiting.id())).contains(waiting);
    }

    @Test
    void aCancelRequestedBeforeARequeueOrHandBackIsKeptAndEndsTheJobCancelled() {
        IndexingJob requeued = claimOne(store.insert(pending("/repos/a", T0)), "worker-1", T0.plusSeconds(1));
        IndexingJob handedBack = claimOne(store.insert(pending("/repos/b", T0.plusSeconds(1))), "worker-1", T0.plusSeconds(2));
        store.requestCancel(requeued.id());
        store.requestCancel(handedBack.id());

        assertThat(store.finish(JobLease.of(requeued), requeued.requeue("lost the connection"))).isTrue();
        assertThat(store.finish(JobLease.of(handedBack), handedBack.handBack("shutting down"))).isTrue();

        for (IndexingJob job : List.of(requeued, handedBack)) {
            IndexingJob after = store.findById(job.id()).orElseThrow();
            assertThat(after.status()).isEqualTo(JobStatus.CANCELLED);
            assertThat(after.cancelRequested()).isFalse();
            assertThat(after.completedAt()).isNotNull();
            assertThat(after.errorMessage()).isNull();
        }
        assertThat(store.claim("worker-2", 5, T0.plusSeconds(10), T0.plusSeconds(40))).isEmpty();
    }

    @Test
    void aHandBackGivesTheAttemptBack() {
        IndexingJob job = store.insert(pending("/repos/a", T0));
        for (int round = 1; round <= 5; round++) {
            IndexingJob running = claimOne(job, "worker-" + round, T0.plusSeconds(round));
            assertThat(running.attempts()).isEqualTo(1);
            assertThat(store.finish(JobLease.of(running), running.handBack("worker " + round + " shut down"))).isTrue();
        }
        assertThat(store.findById(job.id()).orElseThrow().attempts()).isZero();
    }

    @Test
    void startPublishingRefusesLaterCancelsAndReportsEarlierOnes() {
        IndexingJob publishing = claimOne(store.insert(pending("/repos/a", T0)), "worker-1", T0.plusSeconds(1));
        IndexingJob cancelled = claimOne(store.insert(pending("/repos/b", T0.plusSeconds(1))), "worker-1", T0.plusSeconds(2));
        JobProgress finalizing = new JobProgress(JobPhase.FINALIZING, 3, 3, 30, 6, 0);

        assertThat(store.startPublishing(JobLease.of(publishing), finalizing)).isEqualTo(LeaseState.HELD);
        assertThat(store.requestCancel(publishing.id())).isFalse();
        assertThat(store.findById(publishing.id()).orElseThrow())
                .returns(false, IndexingJob::cancelRequested)
                .returns(finalizing, IndexingJob::progress);

        assertThat(store.requestCancel(cancelled.id())).isTrue();
        assertThat(store.startPublishing(JobLease.of(cancelled), finalizing)).isEqualTo(LeaseState.CANCEL_REQUESTED);
        assertThat(store.findById(cancelled.id()).orElseThrow().progress().phase()).isNotEqualTo(JobPhase.FINALIZING);
        assertThat(store.startPublishing(new JobLease(cancelled.id(), "worker-2", 1), finalizing))
                .isEqualTo(LeaseState.LOST);
    }

    @Test
    void skippedPathsAreKeptInOrderAndARecordReplacesTheEarlierOne() {
        IndexingJob job = store.insert(pending("/repos/a", T0));
        List<SkippedPath> first = List.of(new SkippedPath("secret", true, "permission denied"),
                new SkippedPath("img/logo.png", false, "binary"));
        List<SkippedPath> second = List.of(new SkippedPath("vendor", true, "its .gitignore is over 1 MiB"));

        assertThat(store.skippedPaths(job.id())).isEmpty();
        store.recordSkippedPaths(job.id(), first);
        assertThat(store.skippedPaths(job.id())).containsExactlyElementsOf(first);
        store.recordSkippedPaths(job.id(), second);
        assertThat(store.skippedPaths(job.id())).containsExactlyElementsOf(second);
    }

    protected static IndexingJob pending(String repoPath, Instant createdAt) {
        return IndexingJob.pending(JobId.random(), repoPath, PROJECT, false, createdAt);
    }

    protected static JobFilter allJobs() {
        return new JobFilter(null, null, null, 100);
    }

    /** Claims exactly {@code job} (which must be the oldest pending job) and returns it running. */
    private IndexingJob claimOne(IndexingJob job, String workerId, Instant now) {
        List<IndexingJob> claimed = store.claim(workerId, 1, now, now.plus(LEASE));
        assertThat(claimed).extracting(IndexingJob::id).containsExactly(job.id());
        return claimed.get(0);
    }
}
