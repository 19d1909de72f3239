package dev.codebasemcp.application.port.in;

import dev.codebasemcp.domain.job.IndexingJob;
import dev.codebasemcp.domain.job.JobProgress;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one JSON shape of a job, shared by MCP ({@code structuredContent}), HTTP, the CLI's
 * {@code --json} and the dashboard, as a plain map any JSON library writes as it is. Every field of
 * {@link #FIELDS} is always present (null where unknown); {@code warning} and {@code skipped_paths}
 * only when the run left something out. Times are ISO-8601 UTC. Each interface may add its own
 * envelope fields next to these.
 */
public final class JobView {

    /** The fields every job carries, in the order they are written. */
    public static final List<String> FIELDS = List.of("job_id", "status", "repo_path", "project_id",
            "files_indexed", "chunks_created", "error_message", "created_at", "started_at", "completed_at",
            "progress_percent", "phase", "files_total", "files_done", "files_skipped", "bytes_done", "chunks_done",
            "eta_seconds", "attempts", "force_reindex", "cancel_requested");

    /** The fields a job carries only when there is something to say. */
    public static final List<String> OPTIONAL_FIELDS = List.of("warning", "skipped_paths");

    private JobView() {
    }

    public static Map<String, Object> of(JobReport report) {
        IndexingJob job = report.job();
        JobProgress progress = job.progress();
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
        view.put("phase", progress.phase().wireName());
        view.put("files_total", progress.filesTotal());
        view.put("files_done", progress.filesDone());
        view.put("files_skipped", progress.filesSkipped());
        view.put("bytes_done", progress.bytesDone());
        view.put("chunks_done", progress.chunksDone());
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

    public static List<Map<String, Object>> of(List<JobReport> reports) {
        return reports.stream().map(JobView::of).toList();
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
