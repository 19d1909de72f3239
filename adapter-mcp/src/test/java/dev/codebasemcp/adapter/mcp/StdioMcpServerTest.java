package dev.codebasemcp.adapter.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StdioMcpServerTest {

    @TempDir
    Path workingDirectory;

    @Test
    void initializeAnnouncesTheServerAndItsToolCapability() {
        try (InProcessMcp mcp = new InProcessMcp(workingDirectory)) {
            assertThat(mcp.client.getServerInfo().name()).isEqualTo("codebase-mcp");
            assertThat(mcp.client.getServerCapabilities().tools()).isNotNull();
            assertThat(mcp.client.getServerInstructions()).contains("start_indexing_background", "search_code");
        }
    }

    @Test
    void listsEveryToolWithDescribedInputAndAnOutputSchema() {
        try (InProcessMcp mcp = new InProcessMcp(workingDirectory)) {
            List<McpSchema.Tool> tools = mcp.client.listTools().tools();

            assertThat(tools).extracting(McpSchema.Tool::name).containsExactlyInAnyOrder(
                    "start_indexing_background", "get_indexing_status", "list_background_jobs",
                    "cancel_indexing_job", "index_repository", "search_code", "set_working_directory");
            assertThat(tools).allSatisfy(tool -> {
                assertThat(tool.description()).hasSizeGreaterThan(60);
                assertThat(tool.inputSchema()).containsEntry("type", "object");
                assertThat(properties(tool.inputSchema())).isNotEmpty().allSatisfy((name, schema) ->
                        assertThat(schema).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                                .containsKey("description"));
                assertThat(tool.outputSchema()).containsEntry("type", "object").containsKey("properties");
                assertThat(tool.annotations().title()).isEqualTo(tool.title()).isNotBlank();
                assertThat(List.of(tool.annotations().readOnlyHint(), tool.annotations().destructiveHint(),
                        tool.annotations().idempotentHint(), tool.annotations().openWorldHint())).doesNotContainNull();
            });
            assertThat(tools).filteredOn(tool -> tool.annotations().readOnlyHint()).extracting(McpSchema.Tool::name)
                    .containsExactlyInAnyOrder("get_indexing_status", "list_background_jobs", "search_code");
            assertThat(tools).filteredOn(tool -> tool.annotations().destructiveHint()).extracting(McpSchema.Tool::name)
                    .containsExactly("cancel_indexing_job");
        }
    }

    @Test
    void startIndexingSchemaRequiresRepoPathAndOffersTheOptionalParameters() {
        try (InProcessMcp mcp = new InProcessMcp(workingDirectory)) {
            McpSchema.Tool start = mcp.client.listTools().tools().stream()
                    .filter(tool -> tool.name().equals("start_indexing_background")).findFirst().orElseThrow();

            assertThat(start.inputSchema()).containsEntry("required", List.of("repo_path"));
            assertThat(properties(start.inputSchema())).containsOnlyKeys("repo_path", "project_id", "force_reindex");
        }
    }

    @Test
    void endOfClientInputIsNoticed() throws InterruptedException {
        try (InProcessMcp mcp = new InProcessMcp(workingDirectory)) {
            assertThat(mcp.server.awaitEndOfInput(50, TimeUnit.MILLISECONDS)).isFalse();

            mcp.closeClientSide();

            assertThat(mcp.server.awaitEndOfInput(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> properties(Map<String, Object> schema) {
        return (Map<String, Object>) schema.get("properties");
    }
}
