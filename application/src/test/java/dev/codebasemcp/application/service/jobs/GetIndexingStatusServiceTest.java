package dev.codebasemcp.application.service.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codebasemcp.application.port.in.JobNotFoundException;
import dev.codebasemcp.application.port.in.JobReport;
import dev.codebasemcp.application.port.out.InMemoryJobStore;
import dev.codebasemcp.domain.index.SkippedPath;
import dev.codebasemcp.domain.job.IndexingJob;
import dev.codebasemcp.domain.job.InvalidJobIdException;
import dev.codebasemcp.domain.job.JobId;
import dev.codebasemcp.domain.job.JobPhase;
import dev.codebasemcp.domain.job.JobProgress;
import dev.codebasemcp.domain.project.ProjectId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class GetIndexingStatusServiceTest {

    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");

    private final InMemoryJobStore store = new InMemoryJobStore();

    private GetIndexingStatusService serviceAt(Instant now) {
        return new GetIndexingStatusService(store, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void statusOfAPendingJobHasNoPercentAndNoEta() {
        IndexingJob job = store.insert(IndexingJob.pending(JobId.random(), "/r", ProjectId.DEFAULT, false, T0));

        JobReport report = serviceAt(T0).status(job.id().toString());

        assertThat(report.job()).isEqualTo(job);
        assertThat(report.progressPercent()).isNull();
        assertThat(report.etaSeconds()).isNull();
    }

    @Test
    void statusOfARunningJobEstimatesTheRemainingTimeFromItsRate() {
        store.insert(IndexingJob.pending(JobId.random(), "/r", ProjectId.DEFAULT, false, T0));
        IndexingJob running = store.claim("w", 1, T0, T0.plusSeconds(30)).get(0);
        store.renewLease(dev.codebasemcp.application.port.out.JobLease.of(running), T0.plusSeconds(30),
                new JobProgress(JobPhase.INDEXING, 100, 25, 1000, 50, 0));

        JobReport report = serviceAt(T0.plusSeconds(10)).status(running.id().toString());

        assertThat(report.progressPercent()).isEqualTo(25);
        assertThat(report.etaSeconds()).isEqualTo(30L);
    }

    @Test
    void statusListsWhatTheRunLeftOutAndWarnsAboutDirectoriesMissingFromTheIndex() {
        IndexingJob job = store.insert(IndexingJob.pending(JobId.random(), "/r", ProjectId.DEFAULT, false, T0));
        store.recordSkippedPaths(job.id(), List.of(new SkippedPath("private", true, "permission denied"),
                new SkippedPath("logo.png", false, "binary")));

        JobReport report = serviceAt(T0).status(job.id().toString());

        assertThat(report.skippedPaths()).extracting(SkippedPath::path).containsExactly("private", "logo.png");
        assertThat(report.warning()).startsWith("1 directory could not be listed").contains("private");
    }

    @Test
    void skippedFilesAloneGiveNoWarning() {
        IndexingJob job = store.insert(IndexingJob.pending(JobId.random(), "/r", ProjectId.DEFAULT, false, T0));
        store.recordSkippedPaths(job.id(), List.of(new SkippedPath("logo.png", false, "binary")));

        assertThat(serviceAt(T0).status(job.id().toString()).warning()).isNull();
    }

    @Test
    void aMalformedIdIsRejectedWithTheExpectedMessage() {
        assertThatThrownBy(() -> serviceAt(T0).status("not-a-uuid"))
                .isInstanceOf(InvalidJobIdException.class)
                .hasMessageStartingWith("Invalid job_id format: not-a-uuid");
    }

    @Test
    void anUnknownIdIsReportedAsNotFound() {
        String id = JobId.random().toString();

        assertThatThrownBy(() -> serviceAt(T0).status(id))
                .isInstanceOf(JobNotFoundException.class)
                .hasMessage("Job not found: " + id);
    }
}
