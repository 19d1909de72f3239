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
import dev.codebasemcp.domain.job.IndexingJob;
import dev.codebasemcp.domain.job.JobPhase;
import dev.codebasemcp.domain.job.JobStatus;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A job as the MCP tools show it: snake_case fields, ISO-8601 UTC times. */
final class JobView {

    static final List<String> STATUSES = Arrays.stream(JobStatus.values()).map(JobStatus::wireName).toList();
    static final List<String> PHASES = Arrays.stream(JobPhase.values()).map(JobPhase::wireName).toList();

    static final List<String> FIELDS = List.of("job_id", "status", "repo_path", "project_id", "files_indexed",
            "chunks_created", "error_message", "created_at", "started_at", "completed_at", "progress_percent",
            "phase", "files_total", "files_done", "files_skipped", "eta_seconds", "attempts", "force_reindex",
            "cancel_requested");

    private JobView() {
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

    static Map<String, Object> of(JobReport report) {
        IndexingJob job = report.job();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("job_id", job.id().toString());
        view.put("status", job.status().wireName());
        view.put("repo_path", job.repoPath());
        view.put("project_id", job.projectId().value());
        view.put("files_indexed", job.filesIndexed());
        view.put("chunks_created", job.chunksCreated());
        view.put("error_message", job.errorMessage());
        view.put("created_at", iso(job.createdAt()));
        view.put("started_at", iso(job.startedAt()));
        view.put("completed_at", iso(job.completedAt()));
        view.put("progress_percent", report.progressPercent());
        view.put("phase", job.progress().phase().wireName());
        view.put("files_total", job.progress().filesTotal());
        view.put("files_done", job.progress().filesDone());
        view.put("files_skipped", job.progress().filesSkipped());
        view.put("eta_seconds", report.etaSeconds());
        view.put("attempts", job.attempts());
        view.put("force_reindex", job.forceReindex());
        view.put("cancel_requested", job.cancelRequested());
        if (report.warning() != null) {
            view.put("warning", report.warning());
        }
        if (!report.skippedPaths().isEmpty()) {
            view.put("skipped_paths", report.skippedPaths().stream().map(path -> Map.of(
                    "path", path.path(), "kind", path.kind(), "reason", path.reason())).toList());
        }
        return view;
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

    static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
