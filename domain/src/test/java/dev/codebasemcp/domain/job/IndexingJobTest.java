package dev.codebasemcp.domain.job;

import static dev.codebasemcp.domain.job.IndexingJobs.LEASE;
import static dev.codebasemcp.domain.job.IndexingJobs.T0;
import static dev.codebasemcp.domain.job.IndexingJobs.T1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class IndexingJobTest {

    /** Each transition method with the status it leads to. */
    private enum Move {
        CLAIM(JobStatus.RUNNING, job -> job.claim("worker-2", T1, LEASE)),
        COMPLETE(JobStatus.COMPLETED, job -> job.complete(1, 2, T1)),
        FAIL(JobStatus.FAILED, job -> job.fail("broken", T1)),
        CANCEL(JobStatus.CANCELLED, job -> job.cancel(T1)),
        REQUEUE(JobStatus.PENDING, job -> job.requeue("lease expired"));

        final JobStatus target;
        final UnaryOperator<IndexingJob> apply;

        Move(JobStatus target, UnaryOperator<IndexingJob> apply) {
            this.target = target;
            this.apply = apply;
        }
    }

    static Stream<Arguments> everyStatusAndMove() {
        List<Arguments> pairs = new ArrayList<>();
        for (JobStatus from : JobStatus.values()) {
            for (Move move : Move.values()) {
                pairs.add(Arguments.of(from, move));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} --{1}--> allowed only where the table says so")
    @MethodSource("everyStatusAndMove")
    void everyMoveFollowsTheTransitionTable(JobStatus from, Move move) {
        IndexingJob job = IndexingJobs.inState(from);
        boolean legal = switch (from) {
            case PENDING -> EnumSet.of(Move.CLAIM, Move.CANCEL).contains(move);
            case RUNNING -> EnumSet.of(Move.COMPLETE, Move.FAIL, Move.CANCEL, Move.REQUEUE).contains(move);
            case COMPLETED, FAILED, CANCELLED -> false;
        };
        if (legal) {
            assertThat(move.apply.apply(job).status()).isEqualTo(move.target);
        } else {
            assertThatThrownBy(() -> move.apply.apply(job))
                    .isInstanceOf(IllegalJobTransitionException.class)
                    .satisfies(e -> {
                        IllegalJobTransitionException illegal = (IllegalJobTransitionException) e;
                        assertThat(illegal.from()).isEqualTo(from);
                        assertThat(illegal.to()).isEqualTo(move.target);
                        assertThat(illegal.jobId()).isEqualTo(job.id());
                    });
        }
    }

    @Test
    void transitionTableMatchesTheDocumentedStateMachine() {
        assertThat(JobStatus.PENDING.allowedTargets()).containsExactlyInAnyOrder(JobStatus.RUNNING, JobStatus.CANCELLED);
        assertThat(JobStatus.RUNNING.allowedTargets()).containsExactlyInAnyOrder(
                JobStatus.COMPLETED, JobStatus.FAILED, JobStatus.CANCELLED, JobStatus.PENDING);
        assertThat(JobStatus.COMPLETED.allowedTargets()).isEmpty();
        assertThat(JobStatus.FAILED.allowedTargets()).isEmpty();
        assertThat(JobStatus.CANCELLED.allowedTargets()).isEmpty();
    }

    @Test
    void newJobIsPendingWithNothingStarted() {
        IndexingJob job = IndexingJobs.pending();
        assertThat(job.status()).isEqualTo(JobStatus.PENDING);
        assertThat(job.attempts()).isZero();
        assertThat(job.startedAt()).isNull();
        assertThat(job.completedAt()).isNull();
        assertThat(job.createdAt()).isEqualTo(T0);
        assertThat(job.progress().phase()).isEqualTo(JobPhase.QUEUED);
    }

    @Test
    void claimStartsTheNextAttemptUnderALease() {
        IndexingJob running = IndexingJobs.pending().claim("worker-9", T1, LEASE);
        assertThat(running.attempts()).isEqualTo(1);
        assertThat(running.workerId()).isEqualTo("worker-9");
        assertThat(running.leaseExpiresAt()).isEqualTo(LEASE);
        assertThat(running.startedAt()).isEqualTo(T1);
        assertThat(running.progress().phase()).isEqualTo(JobPhase.SCANNING);
    }

    @Test
    void requeuedJobRunsItsNextAttemptWithAttemptPlusOne() {
        IndexingJob requeued = IndexingJobs.running().requeue("lease expired");
        assertThat(requeued.status()).isEqualTo(JobStatus.PENDING);
        assertThat(requeued.workerId()).isNull();
        assertThat(requeued.leaseExpiresAt()).isNull();
        assertThat(requeued.errorMessage()).isEqualTo("lease expired");
        assertThat(requeued.claim("worker-2", T1, LEASE).attempts()).isEqualTo(2);
    }

    @Test
    void completingRecordsCountersAndReleasesTheLease() {
        IndexingJob done = IndexingJobs.running().complete(4, 12, T1);
        assertThat(done.filesIndexed()).isEqualTo(4);
        assertThat(done.chunksCreated()).isEqualTo(12);
        assertThat(done.completedAt()).isEqualTo(T1);
        assertThat(done.workerId()).isNull();
        assertThat(done.leaseExpiresAt()).isNull();
        assertThat(done.progress().percent()).isEqualTo(100);
    }

    @Test
    void failingKeepsTheReason() {
        IndexingJob failed = IndexingJobs.running().fail("repository vanished", T1);
        assertThat(failed.errorMessage()).isEqualTo("repository vanished");
        assertThat(failed.completedAt()).isEqualTo(T1);
    }

    @Test
    void aCancelRequestIsClearedWhenTheJobEnds() {
        IndexingJob asked = IndexingJobs.cancelRequested();
        assertThat(asked.cancel(T1).cancelRequested()).isFalse();
        assertThat(asked.fail("boom", T1).cancelRequested()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = JobStatus.class, names = "RUNNING", mode = EnumSource.Mode.EXCLUDE)
    void progressNeedsARunningJob(JobStatus status) {
        IndexingJob job = IndexingJobs.inState(status);
        assertThatThrownBy(() -> job.withProgress(JobProgress.QUEUED)).isInstanceOf(IllegalJobTransitionException.class)
                .hasMessageContaining("record progress of").hasMessageContaining(status.wireName());
    }

    @Test
    void terminalJobsSayTheyAreFinal() {
        IndexingJob done = IndexingJobs.inState(JobStatus.COMPLETED);
        assertThatThrownBy(() -> done.cancel(T1))
                .hasMessage("Cannot cancel job " + done.id() + ": it is completed and may not become cancelled"
                        + " (a completed job is final)");
    }

    @Test
    void runningJobWithoutLeaseCannotBeBuilt() {
        IndexingJob running = IndexingJobs.running();
        assertThatThrownBy(() -> new IndexingJob(running.id(), running.repoPath(), running.projectId(),
                JobStatus.RUNNING, null, 0, 0, T0, null, T0, 1, false, false, null, null, JobProgress.QUEUED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void progressPercentIsUnknownUntilFilesAreCounted() {
        assertThat(JobProgress.SCANNING_STARTED.percent()).isNull();
        assertThat(new JobProgress(JobPhase.INDEXING, 200, 50, 0, 0, 0).percent()).isEqualTo(25);
    }
}
