package dev.codebasemcp.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codebasemcp.application.port.in.ListJobsQuery;
import dev.codebasemcp.bootstrap.cli.InMemoryStack.CliRun;
import dev.codebasemcp.bootstrap.wiring.CodebaseMcpApplication;
import dev.codebasemcp.domain.job.IndexingJob;
import dev.codebasemcp.domain.job.JobStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class IndexCommandTest {

    @TempDir
    Path home;

    @TempDir
    Path repositories;

    private InMemoryStack stack;

    @BeforeEach
    void setUp() {
        stack = new InMemoryStack(home, repositories);
    }

    private Path repository(String name) throws IOException {
        return Files.createDirectories(repositories.resolve(name));
    }

    private List<IndexingJob> jobs() {
        try (CodebaseMcpApplication application = stack.open(stack.settings)) {
            return application.useCases().listJobs().list(ListJobsQuery.all()).stream().map(r -> r.job()).toList();
        }
    }

    @Test
    void completedJobExitsZeroWithASummary() throws IOException {
        Path repository = repository("app");

        CliRun run = stack.run("index", repository.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).startsWith("Indexed " + repository.toRealPath() + " (project default): 2 files, 3 chunks");
        assertThat(run.err()).contains("index: job ");
        assertThat(jobs()).singleElement().extracting(IndexingJob::status).isEqualTo(JobStatus.COMPLETED);
        assertThat(stack.workerStarts).hasValue(1);
    }

    @Test
    void failedJobExitsOneWithTheError() throws IOException {
        Path repository = repository("broken-repo");

        CliRun run = stack.run("index", repository.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.out()).contains("failed:").contains("cannot read " + repository.toRealPath());
    }

    @Test
    void missingDirectoryExitsTwoNamingThePath() {
        Path missing = repositories.resolve("nope");

        CliRun run = stack.run("index", missing.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).isEqualTo("codebase-mcp index: repo_path does not exist: " + missing + System.lineSeparator());
        assertThat(run.out()).isEmpty();
        assertThat(jobs()).isEmpty();
    }

    @Test
    void emptyPathExitsTwoInsteadOfIndexingTheWorkingDirectory() {
        CliRun run = stack.run("index", "");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("PATH must not be empty");
        assertThat(jobs()).isEmpty();
    }

    @Test
    void badProjectExitsTwo() throws IOException {
        CliRun run = stack.run("index", repository("app").toString(), "--project", "Not Valid");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("Invalid project_id: 'Not Valid'");
    }

    @Test
    void detachPrintsTheJobIdAndLeavesTheJobQueued() throws IOException {
        CliRun run = stack.run("index", repository("app").toString(), "--detach");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        IndexingJob job = jobs().getFirst();
        assertThat(run.out().strip()).isEqualTo(job.id().toString());
        assertThat(job.status()).isEqualTo(JobStatus.PENDING);
        assertThat(stack.workerStarts).hasValue(0);
        assertThat(run.err()).contains("codebase-mcp status " + job.id());
    }

    @Test
    void waitingOnARepositoryWithAQueuedJobFollowsThatJob() throws IOException {
        Path repository = repository("app");
        String queued = stack.run("index", repository.toString(), "--detach").out().strip();

        CliRun run = stack.run("index", repository.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).contains("index: job " + queued).contains("already pending: following it");
        assertThat(jobs()).singleElement().extracting(IndexingJob::status).isEqualTo(JobStatus.COMPLETED);
    }

    @Test
    void detachWithJsonPrintsTheJob() throws IOException {
        CliRun run = stack.run("index", repository("app").toString(), "--detach", "--json", "--project", "team");

        JsonNode json = JsonMapper.builder().build().readTree(run.out());
        assertThat(json.get("status").asString()).isEqualTo("pending");
        assertThat(json.get("project_id").asString()).isEqualTo("team");
        assertThat(json.get("already_active").asBoolean()).isFalse();
        assertThat(json.get("job_id").asString()).isEqualTo(jobs().getFirst().id().toString());
    }

    @Test
    void waitingWithJsonPrintsTheFinalJob() throws IOException {
        CliRun run = stack.run("index", repository("app").toString(), "--json");

        JsonNode json = JsonMapper.builder().build().readTree(run.out());
        assertThat(json.get("status").asString()).isEqualTo("completed");
        assertThat(json.get("files_indexed").asInt()).isEqualTo(2);
        assertThat(json.get("chunks_created").asInt()).isEqualTo(3);
        assertThat(json.get("detached").asBoolean()).isFalse();
    }

    @Test
    void jobCancelledWhileWaitingExitsThree() throws Exception {
        Path repository = repository("slow-repo");

        CompletableFuture<CliRun> index = CompletableFuture.supplyAsync(() -> stack.run("index", repository.toString()));
        awaitCondition(() -> jobs().stream().anyMatch(job -> job.status() == JobStatus.RUNNING));
        CliRun cancel = stack.run("cancel", jobs().getFirst().id().toString());
        CliRun run = index.get();

        assertThat(cancel.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.CANCELLED);
        assertThat(run.out()).startsWith("Cancelled job ");
        assertThat(jobs().getFirst().status()).isEqualTo(JobStatus.CANCELLED);
    }

    @Test
    void plainProgressLinesGoToStderr() throws IOException {
        CliRun run = stack.run("index", repository("app").toString());

        assertThat(run.err()).containsPattern("index: (queued|scanning|indexing|done)");
    }

    static void awaitCondition(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 20 s");
            }
            Thread.sleep(20);
        }
    }
}
