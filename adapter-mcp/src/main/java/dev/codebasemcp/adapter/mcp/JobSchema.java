package dev.codebasemcp.adapter.mcp;

import static dev.codebasemcp.adapter.mcp.JsonSchemas.array;
import static dev.codebasemcp.adapter.mcp.JsonSchemas.bool;
import static dev.codebasemcp.adapter.mcp.JsonSchemas.dateTime;
import static dev.codebasemcp.adapter.mcp.JsonSchemas.enumeration;
import static dev.codebasemcp.adapter.mcp.JsonSchemas.integer;
import static dev.codebasemcp.adapter.mcp.JsonSchemas.nullableInteger;
import static dev.codebasemcp.adapter.mcp.JsonSchemas.nullableString;
import static dev.codebasemcp.adapter.mcp.JsonSchemas.object;
import static dev.codebasemcp.adapter.mcp.JsonSchemas.properties;
import static dev.codebasemcp.adapter.mcp.JsonSchemas.string;

import dev.codebasemcp.application.port.in.JobReport;
import dev.codebasemcp.application.port.in.JobView;
import dev.codebasemcp.domain.job.IndexingJob;
import dev.codebasemcp.domain.job.JobPhase;
import dev.codebasemcp.domain.job.JobStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The output schema of a job ({@link JobView}, written as is in {@code structuredContent}) and its
 * one-line summary for the text content.
 */
final class JobSchema {

    static final List<String> STATUSES = Arrays.stream(JobStatus.values()).map(JobStatus::wireName).toList();
    static final List<String> PHASES = Arrays.stream(JobPhase.values()).map(JobPhase::wireName).toList();

    /** The fields every job carries: required in each output schema that embeds a job. */
    static final List<String> FIELDS = JobView.FIELDS;

    private JobSchema() {
    }

    /** The schema properties of a job, for output schemas that embed or extend it. */
    static Map<String, Object> schemaProperties() {
        return properties(
                "job_id", string("Job id (UUID); pass it to get_indexing_status or cancel_indexing_job"),
                "status", enumeration("pending: waiting for a worker; running; completed: index published; "
                        + "failed: see error_message; cancelled", STATUSES),
                "repo_path", string("Absolute path of the indexed repository"),
                "project_id", string("Project the index belongs to"),
                "files_indexed", integer("Files in the published index (final once completed)"),
                "chunks_created", integer("Chunks in the published index (final once completed)"),
                "error_message", nullableString("Why the job failed or was last retried; null otherwise"),
                "created_at", dateTime("When the job was queued (ISO-8601 UTC)"),
                "started_at", dateTime("When the current or last attempt started (ISO-8601 UTC), null before"),
                "completed_at", dateTime("When the job finished (ISO-8601 UTC), null while active"),
                "progress_percent", nullableInteger("0-100, null until the files are counted"),
                "phase", enumeration("What the job is doing now", PHASES),
                "files_total", integer("Files found by the scan; 0 until scanning is done"),
                "files_done", integer("Files processed so far in this attempt"),
                "files_skipped", integer("Files left out (binary, too large, ignored)"),
                "bytes_done", integer("Bytes of the files processed so far in this attempt"),
                "chunks_done", integer("Chunks written so far in this attempt"),
                "eta_seconds", nullableInteger("Estimated seconds left; null until it can be estimated"),
                "attempts", integer("Runs started so far (a crashed worker's job is retried)"),
                "force_reindex", bool("Whether every file is re-read instead of reusing unchanged ones"),
                "cancel_requested", bool("A cancellation was requested and the worker will stop at its next checkpoint"),
                "warning", string("Only when the run could not list part of the repository: it published anyway, "
                        + "and this names the directories whose files are missing from the index"),
                "skipped_paths", array("Only in get_indexing_status: files and directories the completed run left out "
                        + "(at most 200)", object(properties(
                                "path", string("Relative to the repository; empty for its root"),
                                "kind", enumeration("What was left out", List.of("file", "directory")),
                                "reason", string("Why it was left out")), List.of("path", "kind", "reason"))));
    }

    /** One line: "job 1234… completed: 42 files, 310 chunks". */
    static String summary(JobReport report) {
        IndexingJob job = report.job();
        StringBuilder text = new StringBuilder("Job ").append(job.id()).append(" is ").append(job.status().wireName());
        switch (job.status()) {
            case PENDING -> text.append(" (waiting for a worker)");
            case RUNNING -> {
                text.append(" (").append(job.progress().phase().wireName());
                if (job.progress().filesTotal() > 0) {
                    text.append(", ").append(job.progress().filesDone()).append('/').append(job.progress().filesTotal())
                            .append(" files");
                }
                if (report.progressPercent() != null) {
                    text.append(", ").append(report.progressPercent()).append('%');
                }
                if (report.etaSeconds() != null) {
                    text.append(", about ").append(report.etaSeconds()).append(" s left");
                }
                text.append(')');
            }
            case COMPLETED -> text.append(": ").append(job.filesIndexed()).append(" files, ")
                    .append(job.chunksCreated()).append(" chunks indexed");
            case FAILED -> text.append(": ").append(job.errorMessage());
            case CANCELLED -> text.append('.');
        }
        return text.append(" [").append(job.projectId()).append(": ").append(job.repoPath()).append(']').toString();
    }
}
