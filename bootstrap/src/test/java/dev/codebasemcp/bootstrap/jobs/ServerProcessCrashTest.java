package dev.codebasemcp.bootstrap.jobs;

import static dev.codebasemcp.application.testing.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.codebasemcp.application.port.in.StartIndexingCommand;
import dev.codebasemcp.bootstrap.Main;
import dev.codebasemcp.domain.job.IndexingJob;
import dev.codebasemcp.domain.job.JobStatus;
import dev.codebasemcp.persistence.jooq.testing.TestDatabaseExtension;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code codebase-mcp serve} process killed with SIGKILL in the middle of a job: the next
 * server process requeues the orphaned job once its lease expires and completes it.
 */
class ServerProcessCrashTest {

    @RegisterExtension
    static final TestDatabaseExtension DATABASE = TestDatabaseExtension.migrated();

    /** Large enough that indexing runs for seconds, so the kill lands mid-run. */
    private static final int FILES = 3000;
    private static final int LINES_PER_FILE = 400;
    private static final int LEASE_SECONDS = 5;

    @TempDir
    Path tmp;

    private final List<Process> servers = new ArrayList<>();

    @AfterEach
    void stopServers() throws InterruptedException {
        for (Process server : servers) {
            server.destroyForcibly();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aJobOfAKilledServerIsCompletedByTheNextServerProcess() throws Exception {
        Path repo = Repositories.create(tmp, "large", FILES, LINES_PER_FILE);
        try (JobEngineRig client = JobEngineRig.clientOnly(DATABASE.jdbcUrl(), "client")) {
            Process first = startServer("first");
            String id = client.engine().start().start(new StartIndexingCommand(repo.toString(), "crash", null, false))
                    .job().id().toString();
            await("the first server runs the job", Duration.ofSeconds(60),
                    () -> client.engine().status().status(id).job().status() == JobStatus.RUNNING);

            first.destroyForcibly();
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
            IndexingJob orphaned = client.engine().status().status(id).job();
            assertThat(orphaned.status()).as("a killed server cannot hand its job back").isEqualTo(JobStatus.RUNNING);
            assertThat(orphaned.attempts()).isEqualTo(1);

            startServer("second");
            await("the second server completes the job", Duration.ofSeconds(LEASE_SECONDS + 180),
                    () -> client.engine().status().status(id).job().status() == JobStatus.COMPLETED);
            IndexingJob done = client.engine().status().status(id).job();
            assertThat(done.attempts()).isEqualTo(2);
            assertThat(done.filesIndexed()).isEqualTo(FILES);
            assertThat(done.errorMessage()).isNull();
        }
    }

    private Process startServer(String name) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve", "--port", "0")
                .redirectErrorStream(true)
                .redirectOutput(tmp.resolve("server-" + name + ".log").toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(variable -> variable.startsWith("CODEBASE_") || variable.contains("INDEXING_JOB"));
        env.put("CODEBASE_HOME", tmp.resolve("home").toString());
        env.put("CODEBASE_DATABASE_URL", DATABASE.jdbcUrl());
        env.put("CODEBASE_JOB_LEASE_SECONDS", Integer.toString(LEASE_SECONDS));
        env.put("CODEBASE_JOB_HEARTBEAT_SECONDS", "1");
        env.put("MAX_CONCURRENT_INDEXING_JOBS", "1");
        Process server = builder.start();
        servers.add(server);
        return server;
    }
}
