package dev.codebasemcp.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codebasemcp.adapter.mcp.StreamClientTransport;
import dev.codebasemcp.bootstrap.Main;
import dev.codebasemcp.persistence.jooq.testing.TestDatabase;
import dev.codebasemcp.persistence.jooq.testing.TestDatabases;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code mcp} command as a client sees it: a child process on the test database, driven over
 * its stdin and stdout by the SDK's own client.
 */
class McpCommandTest {

    private static final String KNOWN_LINE = "String greeting = \"hello from the stdio server\";";
    private static final Duration JOB_DEADLINE = Duration.ofSeconds(90);
    private static final int LARGE_REPOSITORY_FILES = 10_000;

    private static TestDatabase database;

    @TempDir
    Path temp;

    private Process process;
    private StreamClientTransport transport;
    private McpSyncClient client;
    private Path stderr;
    private Path repo;

    @BeforeAll
    static void createDatabase() {
        database = TestDatabases.migrated();
    }

    @AfterAll
    static void dropDatabase() {
        database.close();
    }

    @BeforeEach
    void launchServer() throws IOException {
        repo = Files.createDirectories(temp.resolve("repo/src"));
        Files.writeString(repo.resolve("Greeter.java"), "class Greeter {\n    " + KNOWN_LINE + "\n}\n");
        Files.writeString(repo.resolve("README.md"), "# Greeter\nSays hello.\n");
        repo = repo.getParent().toRealPath();
        stderr = temp.resolve("stderr.log");

        ProcessBuilder builder = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "mcp")
                .directory(temp.toFile())
                .redirectError(stderr.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("CODEBASE_") || name.contains("INDEXING_JOB"));
        env.put("CODEBASE_HOME", temp.resolve("home").toString());
        env.put("CODEBASE_DATABASE_URL", database.jdbcUrl());
        process = builder.start();
        transport = new StreamClientTransport(McpJsonDefaults.getMapper(), process.getInputStream(),
                process.getOutputStream());
        client = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(60))
                .initializationTimeout(Duration.ofSeconds(60)).build();
    }

    @AfterEach
    void stopServer() {
        client.close();
        process.destroyForcibly();
    }

    @Test
    void servesTheSevenToolsIndexesSearchesAndExitsWhenStdinCloses() throws Exception {
        McpSchema.InitializeResult initialized = client.initialize();
        assertThat(initialized.serverInfo().name()).isEqualTo("codebase-mcp");

        List<McpSchema.Tool> tools = client.listTools().tools();
        assertThat(tools).extracting(McpSchema.Tool::name).containsExactlyInAnyOrder("start_indexing_background",
                "get_indexing_status", "list_background_jobs", "cancel_indexing_job", "index_repository",
                "search_code", "set_working_directory");
        assertThat(tools).allSatisfy(tool -> {
            assertThat(tool.inputSchema()).containsKey("properties");
            assertThat(tool.outputSchema()).containsKey("properties");
        });

        CallToolResult started = call("start_indexing_background", Map.of("repo_path", repo.toString()));
        assertThat(started.isError()).isFalse();
        String jobId = (String) structured(started).get("job_id");
        assertThat(structured(started)).containsEntry("project_id", "default").containsEntry("status", "pending");

        Map<String, Object> finished = awaitEnd(jobId);
        assertThat(finished).containsEntry("status", "completed").containsEntry("files_indexed", 2)
                .containsEntry("progress_percent", 100);
        assertThat((String) finished.get("completed_at")).endsWith("Z");

        CallToolResult search = call("search_code", Map.of("query", "hello from the stdio server", "mode", "literal"));
        assertThat(search.isError()).isFalse();
        assertThat(text(search)).contains(repo.resolve("src/Greeter.java") + ":2:     " + KNOWN_LINE);

        CallToolResult listed = call("list_background_jobs", Map.of("status", "completed"));
        assertThat(text(listed)).contains(jobId);

        CallToolResult again = call("index_repository", Map.of("repo_path", repo.toString(), "wait_seconds", 60));
        assertThat(structured(again)).containsEntry("status", "completed").containsEntry("finished", true);

        assertErrorsAreSpecific(jobId);

        transport.closeGracefully().block();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("exits after stdin closed").isTrue();
        assertThat(process.exitValue()).isZero();
        assertThat(transport.strayLines()).as("non-protocol output on stdout").isEmpty();
        assertThat(Files.readString(stderr, StandardCharsets.UTF_8)).contains("MCP server listening on stdio", "Database open and job worker running",
                "stdin closed");
    }

    @Test
    void closingStdinMidJobEndsTheProcessAndHandsTheJobBack() throws Exception {
        Path large = Files.createDirectories(temp.resolve("large/src"));
        for (int i = 0; i < LARGE_REPOSITORY_FILES; i++) {
            Files.writeString(large.resolve("Unit" + i + ".java"), "class Unit" + i + " {\n    int value() { return "
                    + i + "; }\n}\n");
        }
        client.initialize();
        String jobId = (String) structured(call("start_indexing_background",
                Map.of("repo_path", large.getParent().toRealPath().toString()))).get("job_id");
        awaitStatus(jobId, "running");

        transport.closeGracefully().block();

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("exits after stdin closed").isTrue();
        assertThat(process.exitValue()).isZero();
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT status FROM indexing_jobs WHERE id = ?")) {
            query.setObject(1, UUID.fromString(jobId));
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).as("the job is handed back").isEqualTo("pending");
            }
        }
    }

    private void awaitStatus(String jobId, String wanted) throws InterruptedException {
        Instant deadline = Instant.now().plus(JOB_DEADLINE);
        String status = null;
        while (Instant.now().isBefore(deadline)) {
            status = (String) structured(call("get_indexing_status", Map.of("job_id", jobId))).get("status");
            if (wanted.equals(status)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("job " + jobId + " never became " + wanted + "; last status " + status);
    }

    private void assertErrorsAreSpecific(String finishedJobId) {
        String missing = temp.resolve("missing").toString();
        assertError(call("start_indexing_background", Map.of("repo_path", "relative/repo")),
                "repo_path must be absolute, got: relative/repo");
        assertError(call("start_indexing_background", Map.of("repo_path", "/var/data/../../etc/passwd")),
                "Path traversal detected in repo_path: /var/data/../../etc/passwd ('..' segments are not allowed)");
        assertError(call("start_indexing_background", Map.of("repo_path", missing)),
                "repo_path does not exist: " + missing);
        assertError(call("start_indexing_background", Map.of("repo_path", repo.toString(), "project_id", "No Good")),
                "Invalid project_id: 'No Good' (use 1-63 characters from lower-case letters a-z, digits 0-9, '-' and '_')");
        assertError(call("get_indexing_status", Map.of("job_id", "12345")),
                "Invalid job_id format: 12345 (expected a UUID such as 123e4567-e89b-12d3-a456-426614174000)");
        assertError(call("get_indexing_status", Map.of("job_id", "00000000-0000-4000-8000-000000000000")),
                "Job not found: 00000000-0000-4000-8000-000000000000");
        assertError(call("cancel_indexing_job", Map.of("job_id", finishedJobId)),
                "Job " + finishedJobId + " is already completed and cannot be cancelled");
        assertThat(text(call("search_code", Map.of("query", "ab", "mode", "literal"))))
                .startsWith("query 'ab' needs at least 3 consecutive letters or digits in literal mode");
        assertThat(call("search_code", Map.of("query", "hello", "project_id", "nobody")).isError()).isTrue();
        assertError(call("set_working_directory", Map.of("directory", "relative")),
                "directory must be absolute, got: relative");
    }

    private Map<String, Object> awaitEnd(String jobId) throws InterruptedException {
        Instant deadline = Instant.now().plus(JOB_DEADLINE);
        while (true) {
            Map<String, Object> job = structured(call("get_indexing_status", Map.of("job_id", jobId)));
            if (List.of("completed", "failed", "cancelled").contains(job.get("status"))
                    || Instant.now().isAfter(deadline)) {
                return job;
            }
            Thread.sleep(200);
        }
    }

    private CallToolResult call(String tool, Map<String, Object> arguments) {
        return client.callTool(new McpSchema.CallToolRequest(tool, arguments));
    }

    private static void assertError(CallToolResult result, String message) {
        assertThat(result.isError()).as("isError for: " + message).isTrue();
        assertThat(text(result)).isEqualTo(message);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> structured(CallToolResult result) {
        return (Map<String, Object>) result.structuredContent();
    }

    private static String text(CallToolResult result) {
        return ((McpSchema.TextContent) result.content().getFirst()).text();
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
