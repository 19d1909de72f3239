package dev.codebasemcp.application.service.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codebasemcp.application.port.in.JobAlreadyFinishedException;
import dev.codebasemcp.application.port.in.JobNotFoundException;
import dev.codebasemcp.application.port.in.JobReport;
import dev.codebasemcp.application.port.out.InMemoryJobStore;
import dev.codebasemcp.application.port.out.JobLease;
import dev.codebasemcp.application.port.out.LeaseState;
import dev.codebasemcp.domain.job.IndexingJob;
import dev.codebasemcp.domain.job.InvalidJobIdException;
import dev.codebasemcp.domain.job.JobId;
import dev.codebasemcp.domain.job.JobPhase;
import dev.codebasemcp.domain.job.JobProgress;
import dev.codebasemcp.domain.job.JobStatus;
import dev.codebasemcp.domain.project.ProjectId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CancelIndexingServiceTest {

    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");

    private final InMemoryJobStore store = new InMemoryJobStore();
    private final CancelIndexingService service =
            new CancelIndexingService(store, Clock.fixed(T0.plusSeconds(5), ZoneOffset.UTC));

    private IndexingJob pending() {
        return store.insert(IndexingJob.pending(JobId.random(), "/r", ProjectId.DEFAULT, false, T0));
    }

    @Test
    void cancellingAPendingJobCancelsItAtOnce() {
        IndexingJob job = pending();

        JobReport report = service.cancel(job.id().toString());

        assertThat(report.job().status()).isEqualTo(JobStatus.CANCELLED);
        assertThat(report.job().completedAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(store.findById(job.id()).orElseThrow().status()).isEqualTo(JobStatus.CANCELLED);
    }

    @Test
    void cancellingARunningJobFlagsItForItsWorker() {
        pending();
        IndexingJob running = store.claim("w", 1, T0, T0.plusSeconds(30)).get(0);

        JobReport report = service.cancel(running.id().toString());

        assertThat(report.job().status()).isEqualTo(JobStatus.RUNNING);
        assertThat(report.job().cancelRequested()).isTrue();
        assertThat(store.renewLease(JobLease.of(running), T0.plusSeconds(40), running.progress()))
                .isEqualTo(LeaseState.CANCEL_REQUESTED);
    }

    @Test
    void cancellingAJobThatPublishesIsRefusedAsTooLate() {
        pending();
        IndexingJob running = store.claim("w", 1, T0, T0.plusSeconds(30)).get(0);
        store.startPublishing(JobLease.of(running), new JobProgress(JobPhase.FINALIZING, 2, 2, 20, 4, 0));

        assertThatThrownBy(() -> service.cancel(running.id().toString()))
                .isInstanceOf(JobAlreadyFinishedException.class)
                .hasMessageContaining("too late: publishing");
        assertThat(store.findById(running.id()).orElseThrow().cancelRequested()).isFalse();
    }

    @Test
    void cancellingARunningJobTwiceIsHarmless() {
        pending();
        IndexingJob running = store.claim("w", 1, T0, T0.plusSeconds(30)).get(0);
        service.cancel(running.id().toString());

        assertThat(service.cancel(running.id().toString()).job().cancelRequested()).isTrue();
    }

    @Test
    void cancellingAFinishedJobIsAClearError() {
        pending();
        IndexingJob running = store.claim("w", 1, T0, T0.plusSeconds(30)).get(0);
        store.finish(JobLease.of(running), running.complete(1, 1, T0.plusSeconds(2)));

        assertThatThrownBy(() -> service.cancel(running.id().toString()))
                .isInstanceOf(JobAlreadyFinishedException.class)
                .hasMessage("Job " + running.id() + " is already completed and cannot be cancelled");
    }

    @Test
    void cancellingAnUnknownOrMalformedIdFails() {
        assertThatThrownBy(() -> service.cancel(JobId.random().toString())).isInstanceOf(JobNotFoundException.class);
        assertThatThrownBy(() -> service.cancel("123")).isInstanceOf(InvalidJobIdException.class);
    }
}
