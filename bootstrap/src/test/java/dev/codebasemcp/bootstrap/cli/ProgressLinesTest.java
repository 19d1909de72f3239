package dev.codebasemcp.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codebasemcp.application.port.in.JobReport;
import dev.codebasemcp.domain.job.IndexingJob;
import dev.codebasemcp.domain.job.JobId;
import dev.codebasemcp.domain.job.JobPhase;
import dev.codebasemcp.domain.job.JobProgress;
import dev.codebasemcp.domain.project.ProjectId;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressLinesTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private final StringWriter err = new StringWriter();
    private final AtomicLong nanos = new AtomicLong(1);
    private final ProgressLines lines = new ProgressLines(new PrintWriter(err, true), Duration.ofSeconds(5), nanos::get);

    private static JobReport running(JobPhase phase, int total, int done, Long eta) {
        IndexingJob job = IndexingJob.pending(JobId.random(), "/repo", ProjectId.DEFAULT, false, NOW)
                .claim("worker", NOW, NOW.plusSeconds(30))
                .withProgress(new JobProgress(phase, total, done, 0, 0, 0));
        return new JobReport(job, job.progress().percent(), eta);
    }

    @Test
    void printsOnEveryPhaseChangeAndOtherwiseOncePerInterval() {
        lines.update(running(JobPhase.SCANNING, 0, 0, null));
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        lines.update(running(JobPhase.INDEXING, 100, 10, null));
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        lines.update(running(JobPhase.INDEXING, 100, 20, null));
        nanos.addAndGet(Duration.ofSeconds(4).toNanos());
        lines.update(running(JobPhase.INDEXING, 100, 60, 7L));

        assertThat(err.toString().lines().toList()).containsExactly(
                "index: scanning",
                "index: indexing 10/100 files (10%)",
                "index: indexing 60/100 files (60%), ETA 7 s, 10.0 files/s");
    }
}
