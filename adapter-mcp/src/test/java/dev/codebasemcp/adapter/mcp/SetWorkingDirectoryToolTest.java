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

class SetWorkingDirectoryToolTest {

    @TempDir
    Path temp;

    @Test
    void projectIsResolvedFromTheConfigFileAboveTheNewDirectory() throws IOException {
        Path project = Files.createDirectories(temp.resolve("shop/.codebase-mcp")).getParent();
        Files.writeString(project.resolve(".codebase-mcp/config.json"), "{\"project_id\": \"shop\"}");
        Path nested = Files.createDirectories(project.resolve("src/main"));
        Path repo = Files.createDirectory(temp.resolve("repo"));
        try (InProcessMcp mcp = new InProcessMcp(temp)) {
            CallToolResult set = mcp.call("set_working_directory", Map.of("directory", nested.toString()));

            assertThat(set.isError()).isFalse();
            assertThat(structured(set))
                    .containsEntry("working_directory", nested.toRealPath().toString())
                    .containsEntry("previous_directory", temp.toString())
                    .containsEntry("project_id", "shop");
            CallToolResult started = mcp.call("start_indexing_background", Map.of("repo_path", repo.toString()));
            assertThat(structured(started)).containsEntry("project_id", "shop");
        }
    }

    @Test
    void withoutConfigFileTheDefaultProjectApplies() {
        try (InProcessMcp mcp = new InProcessMcp(temp)) {
            CallToolResult set = mcp.call("set_working_directory", Map.of("directory", temp.toString()));

            assertThat(structured(set)).containsEntry("project_id", "default");
        }
    }

    @Test
    void relativeDirectoryIsRefused() {
        try (InProcessMcp mcp = new InProcessMcp(temp)) {
            CallToolResult result = mcp.call("set_working_directory", Map.of("directory", "src"));

            assertThat(result.isError()).isTrue();
            assertThat(text(result)).isEqualTo("directory must be absolute, got: src");
            assertThat(error(result)).containsEntry("field", "directory");
        }
    }

    @Test
    void traversalIsRefused() {
        try (InProcessMcp mcp = new InProcessMcp(temp)) {
            CallToolResult result = mcp.call("set_working_directory", Map.of("directory", temp + "/../etc"));

            assertThat(result.isError()).isTrue();
            assertThat(text(result)).startsWith("Path traversal detected in directory");
        }
    }

    @Test
    void missingDirectoryIsRefusedAndTheOldOneKept() throws IOException {
        Path repo = Files.createDirectory(temp.resolve("repo"));
        try (InProcessMcp mcp = new InProcessMcp(temp)) {
            CallToolResult result = mcp.call("set_working_directory", Map.of("directory", temp + "/gone"));

            assertThat(result.isError()).isTrue();
            assertThat(text(result)).isEqualTo("directory does not exist: " + temp + "/gone");
            mcp.call("start_indexing_background", Map.of("repo_path", repo.toString()));
            assertThat(mcp.useCases.commands().getFirst().workingDirectory()).isEqualTo(temp);
        }
    }

    @Test
    void brokenProjectConfigIsReportedAtOnce() throws IOException {
        Files.createDirectories(temp.resolve(".codebase-mcp"));
        Files.writeString(temp.resolve(".codebase-mcp/config.json"), "{\"project_id\": \"Not Valid\"}");
        try (InProcessMcp mcp = new InProcessMcp(temp)) {
            CallToolResult result = mcp.call("set_working_directory", Map.of("directory", temp.toString()));

            assertThat(result.isError()).isTrue();
            assertThat(text(result)).contains("Invalid project_id: 'Not Valid'", "config.json");
        }
    }
}
