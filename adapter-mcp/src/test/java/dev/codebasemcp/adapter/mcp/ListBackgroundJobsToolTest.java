package dev.codebasemcp.adapter.mcp;

import static dev.codebasemcp.adapter.mcp.InProcessMcp.structured;
import static dev.codebasemcp.adapter.mcp.InProcessMcp.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.codebasemcp.domain.job.IndexingJob;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListBackgroundJobsToolTest {

    @TempDir
    Path temp;

    @Test
    void filtersByStatusAndProject() {
        try (InProcessMcp mcp = new InProcessMcp(temp)) {
            IndexingJob wanted = mcp.useCases.put(Jobs.failed("shop", "/src/shop", "disk full"));
            mcp.useCases.put(Jobs.failed("billing", "/src/billing", "disk full"));
            mcp.useCases.put(Jobs.completed("shop", "/src/shop"));

            CallToolResult result = mcp.call("list_background_jobs", Map.of("status", "failed", "project_id", "shop"));

            assertThat(result.isError()).isFalse();
            assertThat(structured(result)).containsEntry("count", 1);
            assertThat(jobs(result)).singleElement().satisfies(job -> assertThat(job)
                    .containsEntry("job_id", wanted.id().toString())
                    .containsEntry("error_message", "disk full"));
            assertThat(text(result)).contains("1 job:", "failed: disk full");
        }
    }

    @Test
    void limitCapsTheList() {
        try (InProcessMcp mcp = new InProcessMcp(temp)) {
            for (int i = 0; i < 3; i++) {
                mcp.useCases.put(Jobs.pending("shop", "/src/shop" + i));
            }

            CallToolResult result = mcp.call("list_background_jobs", Map.of("limit", 2));

            assertThat(jobs(result)).hasSize(2);
        }
    }

    @Test
    void jobsBeyondMaxCharsAreLeftOutAndCounted() {
        try (InProcessMcp mcp = new InProcessMcp(temp)) {
            for (int i = 0; i < 40; i++) {
                mcp.useCases.put(Jobs.failed("shop", "/src/shop" + i, "x".repeat(100)));
            }

            CallToolResult result = mcp.call("list_background_jobs", Map.of("limit", 40, "max_chars", 1000));

            int shown = jobs(result).size();
            assertThat(shown).isBetween(1, 39);
            assertThat(structured(result)).containsEntry("count", shown).containsEntry("omitted_jobs", 40 - shown)
                    .containsEntry("truncated", true);
            assertThat(text(result)).contains((40 - shown) + " more left out to stay within max_chars");
            assertThat(text(result).length()).isLessThan(1000 + 200);
        }
    }

    @Test
    void emptyListSaysSo() {
        try (InProcessMcp mcp = new InProcessMcp(temp)) {
            CallToolResult result = mcp.call("list_background_jobs", Map.of());

            assertThat(structured(result)).containsEntry("count", 0).containsEntry("jobs", List.of());
            assertThat(text(result)).isEqualTo("No matching jobs.");
        }
    }

    @Test
    void unknownStatusIsRefusedWithTheAllowedValues() {
        try (InProcessMcp mcp = new InProcessMcp(temp)) {
            CallToolResult result = mcp.call("list_background_jobs", Map.of("status", "finished"));

            assertThat(result.isError()).isTrue();
            assertThat(text(result)).contains("/status", "pending", "cancelled");
        }
    }

    @Test
    void limitOutOfRangeIsRefused() {
        try (InProcessMcp mcp = new InProcessMcp(temp)) {
            CallToolResult result = mcp.call("list_background_jobs", Map.of("limit", 0));

            assertThat(result.isError()).isTrue();
            assertThat(text(result)).contains("limit");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> jobs(CallToolResult result) {
        return (List<Map<String, Object>>) structured(result).get("jobs");
    }
}
