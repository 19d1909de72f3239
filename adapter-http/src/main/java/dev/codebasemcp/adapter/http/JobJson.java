package dev.codebasemcp.adapter.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.codebasemcp.application.port.in.JobReport;
import dev.codebasemcp.domain.job.IndexingJob;
import java.time.Instant;
import java.util.List;

/** A job on the wire: the same snake_case fields as the MCP tools; timestamps in ISO-8601 UTC. */
record JobJson(
        @JsonProperty("job_id") String jobId,
        @JsonProperty("status") String status,
        @JsonProperty("repo_path") String repoPath,
        @JsonProperty("project_id") String projectId,
        @JsonProperty("error_message") String errorMessage,
        @JsonProperty("files_indexed") int filesIndexed,
        @JsonProperty("chunks_created") int chunksCreated,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("started_at") String startedAt,
        @JsonProperty("completed_at") String completedAt,
        @JsonProperty("phase") String phase,
        @JsonProperty("progress_percent") Integer progressPercent,
        @JsonProperty("files_total") int filesTotal,
        @JsonProperty("files_done") int filesDone,
        @JsonProperty("files_skipped") int filesSkipped,
        @JsonProperty("bytes_done") long bytesDone,
        @JsonProperty("chunks_done") int chunksDone,
        @JsonProperty("eta_seconds") Long etaSeconds,
        @JsonProperty("attempts") int attempts,
        @JsonProperty("force_reindex") boolean forceReindex,
        @JsonProperty("cancel_requested") boolean cancelRequested,
        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("already_active") Boolean alreadyActive,
        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("warning") String warning,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @JsonProperty("skipped_paths") List<SkippedPathJson> skippedPaths) {

    /** A file or directory a run left out. */
    record SkippedPathJson(@JsonProperty("path") String path, @JsonProperty("kind") String kind,
                           @JsonProperty("reason") String reason) {
    }

    static JobJson of(JobReport report) {
        IndexingJob job = report.job();
        return new JobJson(job.id().toString(), job.status().wireName(), job.repoPath(), job.projectId().value(),
                job.errorMessage(), job.filesIndexed(), job.chunksCreated(), text(job.createdAt()),
                text(job.startedAt()), text(job.completedAt()), job.progress().phase().wireName(),
                report.progressPercent(), job.progress().filesTotal(), job.progress().filesDone(),
                job.progress().filesSkipped(), job.progress().bytesDone(), job.progress().chunksDone(),
                report.etaSeconds(), job.attempts(), job.forceReindex(), job.cancelRequested(), null, report.warning(),
                report.skippedPaths().stream()
                        .map(path -> new SkippedPathJson(path.path(), path.kind(), path.reason())).toList());
    }

    /** The answer to a start request, which also says whether the job was already active. */
    static JobJson started(JobReport report, boolean alreadyActive) {
        JobJson job = of(report);
        return new JobJson(job.jobId, job.status, job.repoPath, job.projectId, job.errorMessage, job.filesIndexed,
                job.chunksCreated, job.createdAt, job.startedAt, job.completedAt, job.phase, job.progressPercent,
                job.filesTotal, job.filesDone, job.filesSkipped, job.bytesDone, job.chunksDone, job.etaSeconds,
                job.attempts, job.forceReindex, job.cancelRequested, alreadyActive, job.warning, job.skippedPaths);
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
