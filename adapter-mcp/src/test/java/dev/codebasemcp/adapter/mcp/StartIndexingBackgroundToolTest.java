package dev.codebasemcp.adapter.mcp;

import static dev.codebasemcp.adapter.mcp.InProcessMcp.error;
import static dev.codebasemcp.adapter.mcp.InProcessMcp.structured;
import static dev.codebasemcp.adapter.mcp.InProcessMcp.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartIndexingBackgroundToolTest {

    @TempDir
    Path temp;

    @Test
    void queuesAJobAndReturnsItsIdAtOnce() throws IOException {
        Path repo = Files.createDirectory(temp.resolve("repo"));
        try (InProcessMcp mcp = new InProcessMcp(temp)) {
            CallToolResult result = mcp.call("start_indexing_background",
                    Map.of("repo_path", repo.toString(), "project_id", "shop", "force_reindex", true));

            assertThat(result.isError()).isFalse();
            assertThat(structured(result))
                    .containsEntry("status", "pending")
                    .containsEntry("project_id", "shop")
                    .containsEntry("repo_path", repo.toRealPath().toString())
                    .containsEntry("already_active", false)
                    .containsKey("job_id");
            assertThat(text(result)).contains((String) structured(result).get("job_id"));
            assertThat(mcp.useCases.commands().getFirst().forceReindex()).isTrue();
        }
    }

    @Test
    void secondStartForTheSameRepositoryReturnsTheActiveJob() throws IOException {
        Path repo = Files.createDirectory(temp.resolve("repo"));
        try (InProcessMcp mcp = new InProcessMcp(temp)) {
            Object first = structured(mcp.call("start_indexing_background", Map.of("repo_path", repo.toString())))
                    .get("job_id");

            CallToolResult second = mcp.call("start_indexing_background", Map.of("repo_path", repo.toString()));

            assertThat(structured(second)).containsEntry("job_id", first).containsEntry("already_active", true);
            assertThat(text(second)).contains("already pending");
        }
    }

    @Test
    void passesTheSessionWorkingDirectoryForProjectResolution() throws IOException {
        Path repo = Files.createDirectory(temp.resolve("repo"));
        try (InProcessMcp mcp = new InProcessMcp(temp)) {
            mcp.call("set_working_directory", Map.of("directory", repo.toString()));

            mcp.call("start_indexing_background", Map.of("repo_path", repo.toString()));

            assertThat(mcp.useCases.commands().getFirst().workingDirectory()).isEqualTo(repo.toRealPath());
            assertThat(mcp.useCases.commands().getFirst().projectId()).isNull();
        }
    }

    @Test
    void relativePathIsRefusedWithTheSpecificMessage() {
        try (InProcessMcp mcp = new InProcessMcp(temp)) {
            CallToolResult result = mcp.call("start_indexing_background", Map.of("repo_path", "src/app"));

            assertThat(result.isError()).isTrue();
            assertThat(text(result)).isEqualTo("repo_path must be absolute, got: src/app");
            assertThat(error(result)).containsEntry("error", "invalid_input").containsEntry("field", "repo_path");
        }
    }

    @Test
    void traversalIsRefused() {
        try (InProcessMcp mcp = new InProcessMcp(temp)) {
            CallToolResult result = mcp.call("start_indexing_background",
                    Map.of("repo_path", "/var/data/../../etc/passwd"));

            assertThat(result.isError()).isTrue();
            assertThat(text(result)).startsWith("Path traversal detected in repo_path");
        }
    }

    @Test
    void missingDirectoryIsRefused() {
        String missing = temp.resolve("nowhere").toString();
        try (InProcessMcp mcp = new InProcessMcp(temp)) {
            CallToolResult result = mcp.call("start_indexing_background", Map.of("repo_path", missing));

            assertThat(result.isError()).isTrue();
            assertThat(text(result)).isEqualTo("repo_path does not exist: " + missing);
        }
    }

    @Test
    void badProjectIdIsRefused() throws IOException {
        Path repo = Files.createDirectory(temp.resolve("repo"));
        try (InProcessMcp mcp = new InProcessMcp(temp)) {
            CallToolResult result = mcp.call("start_indexing_background",
                    Map.of("repo_path", repo.toString(), "project_id", "Bad Project!"));

            assertThat(result.isError()).isTrue();
            assertThat(text(result)).startsWith("Invalid project_id: 'Bad Project!'");
            assertThat(error(result)).containsEntry("field", "project_id");
        }
    }

    @Test
    void missingRepoPathIsRefusedBeforeTheHandlerRuns() {
        try (InProcessMcp mcp = new InProcessMcp(temp)) {
            CallToolResult result = mcp.call("start_indexing_background", Map.of());

            assertThat(result.isError()).isTrue();
            assertThat(text(result)).contains("repo_path");
            assertThat(mcp.useCases.commands()).isEmpty();
        }
    }
}
