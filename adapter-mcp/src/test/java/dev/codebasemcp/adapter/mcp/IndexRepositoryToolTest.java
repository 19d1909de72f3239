package dev.codebasemcp.adapter.mcp;

import static dev.codebasemcp.adapter.mcp.InProcessMcp.structured;
import static dev.codebasemcp.adapter.mcp.InProcessMcp.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.codebasemcp.application.testing.Eventually;
import dev.codebasemcp.domain.job.IndexingJob;
import dev.codebasemcp.domain.job.JobPhase;
import dev.codebasemcp.domain.job.JobProgress;
import dev.codebasemcp.domain.job.JobStatus;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexRepositoryToolTest {

    @TempDir
    Path temp;

    /** Each status read moves the job one step: claimed, 2 of 4 files, 4 of 4, completed. */
    private static IndexingJob workerStep(IndexingJob job) {
        Instant now = Jobs.STARTED;
        return switch (job.status()) {
            case PENDING -> job.claim("worker-1", now, now.plusSeconds(30))
                    .withProgress(new JobProgress(JobPhase.INDEXING, 4, 2, 100, 6, 0));
            case RUNNING -> job.progress().filesDone() < 4
                    ? job.withProgress(new JobProgress(JobPhase.INDEXING, 4, 4, 200, 12, 0))
                    : job.complete(4, 12, now.plusSeconds(1));
            default -> job;
        };
    }

    @Test
    void waitsForTheJobAndReturnsItFinishedWithProgressNotifications() throws IOException {
        Path repo = Files.createDirectory(temp.resolve("repo"));
        try (InProcessMcp mcp = new InProcessMcp(temp)) {
            mcp.useCases.onStatusRead(IndexRepositoryToolTest::workerStep);

            CallToolResult result = mcp.callWithProgressToken("index_repository",
                    Map.of("repo_path", repo.toString(), "project_id", "shop"), "token-1");

            assertThat(result.isError()).isFalse();
            assertThat(structured(result)).containsEntry("status", "completed").containsEntry("finished", true)
                    .containsEntry("files_indexed", 4).containsEntry("already_active", false);
            assertThat(text(result)).contains("completed: 4 files, 12 chunks");
            // The client hands notifications to its consumer asynchronously, in no guaranteed order.
            Eventually.await("two progress notifications", () -> mcp.progress.size() == 2);
            assertThat(mcp.progress).extracting(McpSchema.ProgressNotification::progressToken).containsOnly("token-1");
            assertThat(mcp.progress).extracting(McpSchema.ProgressNotification::progress)
                    .containsExactlyInAnyOrder(2.0, 4.0);
            assertThat(mcp.progress).extracting(McpSchema.ProgressNotification::total).containsOnly(4.0);
        }
    }

    @Test
    void sendsNoProgressWithoutAToken() throws IOException {
        Path repo = Files.createDirectory(temp.resolve("repo"));
        try (InProcessMcp mcp = new InProcessMcp(temp)) {
            mcp.useCases.onStatusRead(IndexRepositoryToolTest::workerStep);

            CallToolResult result = mcp.call("index_repository", Map.of("repo_path", repo.toString()));

            assertThat(structured(result)).containsEntry("status", "completed");
            assertThat(mcp.progress).isEmpty();
        }
    }

    @Test
    void returnsTheRunningJobWithItsIdWhenTheWaitEnds() throws IOException {
        Path repo = Files.createDirectory(temp.resolve("repo"));
        Clock frozen = Clock.fixed(Jobs.CREATED, ZoneOffset.UTC);
        try (InProcessMcp mcp = new InProcessMcp(temp, frozen)) {
            CallToolResult result = mcp.call("index_repository", Map.of("repo_path", repo.toString(), "wait_seconds", 0));

            assertThat(result.isError()).isFalse();
            assertThat(structured(result)).containsEntry("status", JobStatus.PENDING.wireName())
                    .containsEntry("finished", false);
            assertThat(text(result)).contains("poll get_indexing_status with job_id " + structured(result).get("job_id"));
        }
    }

    @Test
    void waitOutOfRangeIsRefused() throws IOException {
        Path repo = Files.createDirectory(temp.resolve("repo"));
        try (InProcessMcp mcp = new InProcessMcp(temp)) {
            CallToolResult result = mcp.call("index_repository",
                    Map.of("repo_path", repo.toString(), "wait_seconds", 100_000));

            assertThat(result.isError()).isTrue();
            assertThat(text(result)).contains("wait_seconds");
            assertThat(mcp.useCases.commands()).isEmpty();
        }
    }

    @Test
    void invalidPathIsRefusedLikeStartIndexing() {
        try (InProcessMcp mcp = new InProcessMcp(temp)) {
            CallToolResult result = mcp.call("index_repository", Map.of("repo_path", "relative/repo"));

            assertThat(result.isError()).isTrue();
            assertThat(text(result)).isEqualTo("repo_path must be absolute, got: relative/repo");
        }
    }
}
