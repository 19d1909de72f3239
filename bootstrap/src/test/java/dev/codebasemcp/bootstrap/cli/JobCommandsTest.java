package dev.codebasemcp.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codebasemcp.bootstrap.cli.InMemoryStack.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JobCommandsTest {

    private static final String UNKNOWN_ID = "123e4567-e89b-12d3-a456-426614174000";

    @TempDir
    Path home;

    @TempDir
    Path repositories;

    private InMemoryStack stack;

    @BeforeEach
    void setUp() {
        stack = new InMemoryStack(home, repositories);
    }

    private String queue(String name, String... options) throws IOException {
        Path repository = Files.createDirectories(repositories.resolve(name));
        String[] args = new String[options.length + 3];
        args[0] = "index";
        args[1] = repository.toString();
        args[2] = "--detach";
        System.arraycopy(options, 0, args, 3, options.length);
        return stack.run(args).out().strip();
    }

    @Test
    void statusDescribesTheJob() throws IOException {
        String id = queue("app");

        CliRun run = stack.run("status", id);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("job        " + id).contains("status     pending")
                .contains("repository " + repositories.resolve("app").toRealPath()).contains("progress   queued");
    }

    @Test
    void statusWithJsonHasTheInterfaceFieldNames() throws IOException {
        String id = queue("app");

        JsonNode json = JsonMapper.builder().build().readTree(stack.run("status", id, "--json").out());

        assertThat(json.get("job_id").asString()).isEqualTo(id);
        assertThat(json.propertyNames()).contains("repo_path", "project_id", "status", "error_message", "files_indexed",
                "chunks_created", "started_at", "completed_at", "created_at", "phase", "files_total", "files_done",
                "progress_percent", "eta_seconds", "attempts", "force_reindex");
    }

    @Test
    void malformedJobIdExitsTwo() {
        CliRun run = stack.run("status", "42");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).startsWith("codebase-mcp status: Invalid job_id format: 42");
    }

    @Test
    void unknownJobExitsTwo() {
        CliRun run = stack.run("status", UNKNOWN_ID);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).isEqualTo("codebase-mcp status: Job not found: " + UNKNOWN_ID + System.lineSeparator());
    }

    @Test
    void errorsWithJsonAlsoGoToStdoutAsJson() {
        CliRun run = stack.run("status", "42", "--json");

        JsonNode json = JsonMapper.builder().build().readTree(run.out());
        assertThat(json.get("field").asString()).isEqualTo("job_id");
        assertThat(json.get("error").asString()).startsWith("Invalid job_id format: 42");
    }

    @Test
    void jobsListsNewestFirstAndFilters() throws IOException {
        String first = queue("one");
        String second = queue("two", "--project", "team");

        CliRun all = stack.run("jobs");
        CliRun team = stack.run("jobs", "--project", "team", "--json");

        assertThat(all.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(all.out().lines().toList()).hasSize(3);
        assertThat(all.out().lines().toList().get(0)).startsWith("JOB_ID");
        assertThat(all.out().lines().toList().get(1)).startsWith(second);
        assertThat(all.out().lines().toList().get(2)).startsWith(first);
        JsonNode json = JsonMapper.builder().build().readTree(team.out());
        assertThat(json).hasSize(1);
        assertThat(json.get(0).get("job_id").asString()).isEqualTo(second);
    }

    @Test
    void jobsWithAnUnknownStatusExitsTwo() {
        CliRun run = stack.run("jobs", "--status", "sleeping");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("Invalid status: 'sleeping'");
    }

    @Test
    void jobsWithALimitOutOfRangeExitsTwo() {
        CliRun run = stack.run("jobs", "--limit", "1000");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("limit");
    }

    @Test
    void noJobsSaysSoOnStderr() {
        CliRun run = stack.run("jobs");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("No jobs match." + System.lineSeparator());
    }

    @Test
    void cancelOfAPendingJobCancelsItAtOnce() throws IOException {
        String id = queue("app");

        CliRun run = stack.run("cancel", id);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEqualTo("Job " + id + " is cancelled." + System.lineSeparator());
        assertThat(stack.run("status", id).out()).contains("status     cancelled");
    }

    @Test
    void cancelOfAFinishedJobExitsTwo() throws IOException {
        String id = queue("app");
        stack.run("cancel", id);

        CliRun run = stack.run("cancel", id);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("is already cancelled and cannot be cancelled");
    }

    @Test
    void missingArgumentExitsTwoWithUsage() {
        CliRun run = stack.run("status");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("Missing required parameter: 'JOB_ID'").contains("Usage: codebase-mcp status");
    }
}
