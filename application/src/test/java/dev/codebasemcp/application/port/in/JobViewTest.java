package dev.codebasemcp.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codebasemcp.domain.index.SkippedPath;
import dev.codebasemcp.domain.job.IndexingJob;
import dev.codebasemcp.domain.job.JobId;
import dev.codebasemcp.domain.job.JobPhase;
import dev.codebasemcp.domain.job.JobProgress;
import dev.codebasemcp.domain.project.ProjectId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one JSON shape of a job that MCP, HTTP, the CLI and the dashboard all write. */
class JobViewTest {

    private static final Instant CREATED = Instant.parse("2026-03-01T10:00:00Z");

    private static IndexingJob runningJob() {
        return IndexingJob.pending(JobId.random(), "/srv/repo", ProjectId.of("team-a"), true, CREATED)
                .claim("worker-1", CREATED.plusSeconds(5), CREATED.plusSeconds(65))
                .withProgress(new JobProgress(JobPhase.INDEXING, 40, 10, 2048, 33, 2));
    }

    @Test
    void writesEveryFieldInOrderWithUtcTimesAndNullsWhereUnknown() {
        IndexingJob job = runningJob();

        Map<String, Object> view = JobView.of(new JobReport(job, 25, 12L));

        assertThat(List.copyOf(view.keySet())).isEqualTo(JobView.FIELDS);
        assertThat(view).containsEntry("job_id", job.id().toString()).containsEntry("status", "running")
                .containsEntry("repo_path", "/srv/repo").containsEntry("project_id", "team-a")
                .containsEntry("created_at", "2026-03-01T10:00:00Z").containsEntry("started_at", "2026-03-01T10:00:05Z")
                .containsEntry("completed_at", null).containsEntry("error_message", null)
                .containsEntry("progress_percent", 25).containsEntry("eta_seconds", 12L)
                .containsEntry("phase", "indexing").containsEntry("files_total", 40).containsEntry("files_done", 10)
                .containsEntry("files_skipped", 2).containsEntry("bytes_done", 2048L).containsEntry("chunks_done", 33)
                .containsEntry("attempts", 1).containsEntry("force_reindex", true)
                .containsEntry("cancel_requested", false);
    }

    @Test
    void addsTheWarningAndSkippedPathsOnlyWhenTheRunLeftSomethingOut() {
        JobReport report = new JobReport(runningJob(), null, null,
                List.of(new SkippedPath("private", true, "permission denied")));

        Map<String, Object> view = JobView.of(report);

        assertThat(view).containsKeys(JobView.OPTIONAL_FIELDS.toArray(String[]::new));
        assertThat((String) view.get("warning")).contains("private");
        assertThat(view.get("skipped_paths"))
                .isEqualTo(List.of(Map.of("path", "private", "kind", "directory", "reason", "permission denied")));
    }
}
