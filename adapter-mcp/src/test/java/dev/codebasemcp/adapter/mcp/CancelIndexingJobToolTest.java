package dev.codebasemcp.adapter.mcp;

import static dev.codebasemcp.adapter.mcp.InProcessMcp.error;
import static dev.codebasemcp.adapter.mcp.InProcessMcp.structured;
import static dev.codebasemcp.adapter.mcp.InProcessMcp.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.codebasemcp.domain.job.IndexingJob;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CancelIndexingJobToolTest {

    @TempDir
    Path temp;

    @Test
    void pendingJobIsCancelledAtOnce() {
        try (InProcessMcp mcp = new InProcessMcp(temp)) {
            IndexingJob job = mcp.useCases.put(Jobs.pending("shop", "/src/shop"));

            CallToolResult result = mcp.call("cancel_indexing_job", Map.of("job_id", job.id().toString()));

            assertThat(result.isError()).isFalse();
            assertThat(structured(result)).containsEntry("status", "cancelled")
                    .containsEntry("message", "Job " + job.id() + " cancelled.");
        }
    }

    @Test
    void runningJobGetsACancellationRequest() {
        try (InProcessMcp mcp = new InProcessMcp(temp)) {
            IndexingJob job = mcp.useCases.put(Jobs.running("shop", "/src/shop", 1, 10));

            CallToolResult result = mcp.call("cancel_indexing_job", Map.of("job_id", job.id().toString()));

            assertThat(structured(result)).containsEntry("status", "running").containsEntry("cancel_requested", true);
            assertThat(text(result)).contains("stops at its next checkpoint");
        }
    }

    @Test
    void finishedJobIsRefused() {
        try (InProcessMcp mcp = new InProcessMcp(temp)) {
            IndexingJob job = mcp.useCases.put(Jobs.completed("shop", "/src/shop"));

            CallToolResult result = mcp.call("cancel_indexing_job", Map.of("job_id", job.id().toString()));

            assertThat(result.isError()).isTrue();
            assertThat(text(result)).isEqualTo("Job " + job.id() + " is already completed and cannot be cancelled");
            assertThat(error(result)).containsEntry("error", "job_already_finished");
        }
    }

    @Test
    void unknownAndMalformedIdsAreRefused() {
        try (InProcessMcp mcp = new InProcessMcp(temp)) {
            CallToolResult unknown = mcp.call("cancel_indexing_job",
                    Map.of("job_id", "123e4567-e89b-12d3-a456-426614174000"));
            CallToolResult malformed = mcp.call("cancel_indexing_job", Map.of("job_id", "42"));

            assertThat(unknown.isError()).isTrue();
            assertThat(text(unknown)).isEqualTo("Job not found: 123e4567-e89b-12d3-a456-426614174000");
            assertThat(malformed.isError()).isTrue();
            assertThat(text(malformed)).startsWith("Invalid job_id format: 42");
        }
    }
}
