package dev.codebasemcp.bootstrap.cli;

import dev.codebasemcp.application.port.in.JobReport;
import dev.codebasemcp.domain.index.SkippedPath;
import dev.codebasemcp.domain.job.IndexingJob;
import dev.codebasemcp.domain.job.JobProgress;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** How a job looks as text on the command line; {@code --json} writes {@link dev.codebasemcp.application.port.in.JobView}. */
final class JobFormat {

    private JobFormat() {
    }

    /** Several lines, one field each, for {@code status}. */
    static String describe(JobReport report) {
        IndexingJob job = report.job();
        StringBuilder text = new StringBuilder();
        line(text, "job", job.id().toString());
        line(text, "status", job.status().wireName() + (job.cancelRequested() ? " (cancellation requested)" : ""));
        line(text, "repository", job.repoPath());
        line(text, "project", job.projectId().value());
        if (job.status().isActive()) {
            line(text, "progress", progress(report));
        }
        line(text, "indexed", job.filesIndexed() + " files, " + job.chunksCreated() + " chunks"
                + (job.progress().filesSkipped() > 0 ? ", " + job.progress().filesSkipped() + " files skipped" : ""));
        line(text, "created", text(job.createdAt()));
        if (job.startedAt() != null) {
            line(text, "started", text(job.startedAt()));
        }
        if (job.completedAt() != null) {
            line(text, "completed", text(job.completedAt()));
        }
        line(text, "attempts", String.valueOf(job.attempts()));
        if (job.forceReindex()) {
            line(text, "force", "full re-index");
        }
        if (job.errorMessage() != null) {
            line(text, "error", job.errorMessage());
        }
        if (report.warning() != null) {
            line(text, "warning", report.warning());
        }
        for (SkippedPath path : report.skippedPaths()) {
            line(text, "skipped", (path.path().isEmpty() ? "." : path.path()) + (path.directory() ? "/" : "")
                    + " - " + path.reason());
        }
        return text.toString();
    }

    /** "indexing 120/450 files (26%), ETA 12 s"; what is known so far. */
    static String progress(JobReport report) {
        JobProgress progress = report.job().progress();
        StringBuilder text = new StringBuilder(progress.phase().wireName());
        if (progress.filesTotal() > 0) {
            text.append(' ').append(progress.filesDone()).append('/').append(progress.filesTotal()).append(" files");
        }
        if (report.progressPercent() != null) {
            text.append(" (").append(report.progressPercent()).append("%)");
        }
        if (report.etaSeconds() != null) {
            text.append(", ETA ").append(report.etaSeconds()).append(" s");
        }
        return text.toString();
    }

    static String tableHeader() {
        return row("JOB_ID", "STATUS", "PROJECT", "PROGRESS", "CREATED", "REPOSITORY");
    }

    static String tableRow(JobReport report) {
        IndexingJob job = report.job();
        String progress = job.status().isActive() ? progress(report)
                : job.filesIndexed() + " files, " + job.chunksCreated() + " chunks";
        return row(job.id().toString(), job.status().wireName(), job.projectId().value(), progress,
                job.createdAt().truncatedTo(ChronoUnit.SECONDS).toString(), job.repoPath());
    }

    private static String row(String id, String status, String project, String progress, String created, String repo) {
        return String.format("%-36s  %-9s  %-16s  %-32s  %-20s  %s", id, status, project, progress, created, repo);
    }

    private static void line(StringBuilder text, String label, String value) {
        text.append(String.format("%-11s%s%n", label, value));
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
