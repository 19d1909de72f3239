package dev.codebasemcp.application.service.jobs;

import dev.codebasemcp.application.port.in.JobReport;
import dev.codebasemcp.domain.job.IndexingJob;
import dev.codebasemcp.domain.job.JobPhase;
import dev.codebasemcp.domain.job.JobProgress;
import dev.codebasemcp.domain.job.JobStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Turns stored jobs into reports: percent done and an ETA from the rate observed so far. */
final class JobReports {

    private final Clock clock;

    JobReports(Clock clock) {
        this.clock = clock;
    }

    JobReport of(IndexingJob job) {
        return new JobReport(job, job.progress().percent(), etaSeconds(job, clock.instant()));
    }

    /** Null unless the job is running, knows its total and has finished at least one file. */
    static Long etaSeconds(IndexingJob job, Instant now) {
        JobProgress progress = job.progress();
        if (job.status() != JobStatus.RUNNING || progress.phase() == JobPhase.SCANNING
                || progress.filesTotal() == 0 || progress.filesDone() == 0 || job.startedAt() == null) {
            return null;
        }
        long elapsedMillis = Duration.between(job.startedAt(), now).toMillis();
        if (elapsedMillis <= 0) {
            return null;
        }
        long filesLeft = Math.max(0, progress.filesTotal() - progress.filesDone());
        double millisPerFile = (double) elapsedMillis / progress.filesDone();
        return Math.round(filesLeft * millisPerFile / 1000.0);
    }
}
