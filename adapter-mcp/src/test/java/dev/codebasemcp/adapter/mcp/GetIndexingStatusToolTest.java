package dev.codebasemcp.adapter.mcp;

import static dev.codebasemcp.adapter.mcp.InProcessMcp.error;
import static dev.codebasemcp.adapter.mcp.InProcessMcp.structured;
import static dev.codebasemcp.adapter.mcp.InProcessMcp.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.codebasemcp.application.port.out.StoreUnavailableException;
import dev.codebasemcp.domain.job.IndexingJob;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GetIndexingStatusToolTest {

    @TempDir
    Path temp;

    @Test
    void returnsTheUsersTenFieldsPlusProgressInSnakeCaseWithUtcTimes() {
        try (InProcessMcp mcp = new InProcessMcp(temp)) {
            IndexingJob job = mcp.useCases.put(Jobs.completed("shop", "/src/shop"));

            CallToolResult result = mcp.call("get_indexing_status", Map.of("job_id", job.id().toString()));

            assertThat(result.isError()).isFalse();
            assertThat(structured(result))
                    .containsEntry("job_id", job.id().toString())
                    .containsEntry("status", "completed")
                    .containsEntry("repo_path", "/src/shop")
                    .containsEntry("project_id", "shop")
                    .containsEntry("files_indexed", 4)
                    .containsEntry("chunks_created", 12)
                    .containsEntry("error_message", null)
                    .containsEntry("created_at", "2026-11-24T06:00:00Z")
                    .containsEntry("started_at", "2026-11-24T06:00:02Z")
                    .containsEntry("completed_at", "2026-11-24T06:00:07Z")
                    .containsEntry("progress_percent", 100)
                    .containsEntry("phase", "done")
                    .containsEntry("files_total", 4)
                    .containsEntry("files_done", 4)
                    .containsEntry("attempts", 1)
                    .containsEntry("force_reindex", false)
                    .containsKey("eta_seconds");
            assertThat(text(result)).contains("completed", "4 files, 12 chunks");
        }
    }

    @Test
    void runningJobShowsPhaseAndProgress() {
        try (InProcessMcp mcp = new InProcessMcp(temp)) {
            IndexingJob job = mcp.useCases.put(Jobs.running("shop", "/src/shop", 25, 100));

            CallToolResult result = mcp.call("get_indexing_status", Map.of("job_id", job.id().toString()));

            assertThat(structured(result)).containsEntry("status", "running").containsEntry("phase", "indexing")
                    .containsEntry("progress_percent", 25).containsEntry("completed_at", null);
            assertThat(text(result)).contains("25/100 files", "25%");
        }
    }

    @Test
    void malformedJobIdIsRefused() {
        try (InProcessMcp mcp = new InProcessMcp(temp)) {
            CallToolResult result = mcp.call("get_indexing_status", Map.of("job_id", "not-a-uuid"));

            assertThat(result.isError()).isTrue();
            assertThat(text(result)).startsWith("Invalid job_id format: not-a-uuid");
            assertThat(error(result)).containsEntry("error", "invalid_input").containsEntry("field", "job_id");
        }
    }

    @Test
    void unknownJobIdIsReportedAsNotFound() {
        String unknown = "123e4567-e89b-12d3-a456-426614174000";
        try (InProcessMcp mcp = new InProcessMcp(temp)) {
            CallToolResult result = mcp.call("get_indexing_status", Map.of("job_id", unknown));

            assertThat(result.isError()).isTrue();
            assertThat(text(result)).isEqualTo("Job not found: " + unknown);
            assertThat(error(result)).containsEntry("error", "job_not_found");
        }
    }

    @Test
    void jobOfAnotherProjectIsRefusedWhenAProjectIsGiven() {
        try (InProcessMcp mcp = new InProcessMcp(temp)) {
            IndexingJob job = mcp.useCases.put(Jobs.pending("shop", "/src/shop"));

            CallToolResult result = mcp.call("get_indexing_status",
                    Map.of("job_id", job.id().toString(), "project_id", "billing"));

            assertThat(result.isError()).isTrue();
            assertThat(text(result)).isEqualTo("Job " + job.id() + " belongs to project 'shop', not 'billing'");
        }
    }

    @Test
    void unexpectedFailureIsAClearErrorNotACrash() {
        try (InProcessMcp mcp = new InProcessMcp(temp)) {
            mcp.useCases.failStatusWith(new IllegalStateException("connection refused"));

            CallToolResult result = mcp.call("get_indexing_status",
                    Map.of("job_id", "123e4567-e89b-12d3-a456-426614174000"));

            assertThat(result.isError()).isTrue();
            assertThat(text(result)).startsWith("get_indexing_status failed unexpectedly: connection refused");
            assertThat(error(result)).containsEntry("error", "internal_error");
            assertThat(mcp.client.ping()).isNotNull();
        }
    }

    @Test
    void anUnreachableDatabaseIsNamedAsSuch() {
        try (InProcessMcp mcp = new InProcessMcp(temp)) {
            mcp.useCases.failStatusWith(new StoreUnavailableException("Connection refused", null));

            CallToolResult result = mcp.call("get_indexing_status",
                    Map.of("job_id", "123e4567-e89b-12d3-a456-426614174000"));

            assertThat(result.isError()).isTrue();
            assertThat(text(result)).startsWith("The database is unreachable right now: Connection refused");
            assertThat(result.structuredContent()).isNull();
            assertThat(error(result)).containsEntry("error", "database_unavailable");
        }
    }
}
