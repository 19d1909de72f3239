package dev.codebasemcp.bootstrap.jobs;

import static dev.codebasemcp.application.testing.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.codebasemcp.application.port.in.StartIndexingCommand;
import dev.codebasemcp.application.port.out.IndexingMonitor;
import dev.codebasemcp.application.port.out.Indexer.IndexRequest;
import dev.codebasemcp.application.service.indexing.RepositoryIndexer;
import dev.codebasemcp.bootstrap.filesystem.FileSystemSourceTree;
import dev.codebasemcp.domain.job.IndexingJob;
import dev.codebasemcp.domain.job.JobStatus;
import dev.codebasemcp.domain.project.ProjectId;
import dev.codebasemcp.persistence.jooq.index.PostgresIndexStore;
import dev.codebasemcp.persistence.jooq.testing.PublishedChunks;
import dev.codebasemcp.persistence.jooq.testing.TestDatabaseExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Worker processes killed with SIGKILL or stopped with SIGTERM in the middle of a job. The job is
 * queued from this JVM; the workers run in child processes on the same database.
 */
class WorkerProcessCrashTest {

    @RegisterExtension
    static final TestDatabaseExtension DATABASE = TestDatabaseExtension.migrated();

    private static final int FILES = 300;
    private static final String SLOW_FILE_MILLIS = "30";

    @TempDir
    Path tmp;

    private final List<Process> children = new ArrayList<>();

    @AfterEach
    void killChildren() throws InterruptedException {
        for (Process child : children) {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aJobOfAKilledWorkerIsResumedByTheNextProcessAndEndsWithTheIndexOfACleanRun() throws Exception {
        Path repo = Repositories.create(tmp, "killed", FILES, 4);
        try (JobEngineRig client = JobEngineRig.clientOnly(DATABASE.jdbcUrl(), "client")) {
            Process first = startWorker("first");
            String id = client.engine().start().start(new StartIndexingCommand(repo.toString(), "crash", null, false))
                    .job().id().toString();
            awaitMidRun(client, id);

            first.destroyForcibly();
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
            IndexingJob orphaned = client.engine().status().status(id).job();
            assertThat(orphaned.status()).as("a killed worker cannot hand its job back").isEqualTo(JobStatus.RUNNING);

            startWorker("second");
            Duration leasePlusRun = JobEngineRig.SETTINGS.leaseDuration().plus(JobEngineRig.SETTINGS.reapInterval())
                    .plusSeconds(60);
            await("the job completes in the second process", leasePlusRun,
                    () -> client.engine().status().status(id).job().status() == JobStatus.COMPLETED);

            IndexingJob done = client.engine().status().status(id).job();
            assertThat(done.attempts()).isEqualTo(2);
            assertThat(done.filesIndexed()).isEqualTo(FILES);
            indexCleanly(repo, "clean");
            assertThat(chunks("crash")).isEqualTo(chunks("clean")).hasSize(FILES);
        }
    }

    @Test
    void sigtermHandsTheRunningJobBackAtOnceAndTheNextProcessResumesIt() throws Exception {
        Path repo = Repositories.create(tmp, "terminated", FILES, 4);
        try (JobEngineRig client = JobEngineRig.clientOnly(DATABASE.jdbcUrl(), "client")) {
            Process first = startWorker("first");
            String id = client.engine().start().start(StartIndexingCommand.of(repo.toString())).job().id().toString();
            awaitMidRun(client, id);

            first.destroy();
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();

            IndexingJob handedBack = client.engine().status().status(id).job();
            assertThat(handedBack.status()).isEqualTo(JobStatus.PENDING);
            assertThat(handedBack.workerId()).isNull();
            assertThat(handedBack.errorMessage()).startsWith("Handed back when worker");
            // A graceful hand-back gives its attempt back.
            assertThat(handedBack.attempts()).isZero();

            startWorker("second");
            await("the job completes in the second process", Duration.ofSeconds(90),
                    () -> client.engine().status().status(id).job().status() == JobStatus.COMPLETED);
            IndexingJob done = client.engine().status().status(id).job();
            assertThat(done.attempts()).isEqualTo(1);
            assertThat(done.filesIndexed()).isEqualTo(FILES);
        }
    }

    private void awaitMidRun(JobEngineRig client, String id) {
        await("the first worker has indexed some files", Duration.ofSeconds(60), () -> {
            IndexingJob job = client.engine().status().status(id).job();
            return job.status() == JobStatus.RUNNING && job.progress().filesDone() > 0;
        });
        assertThat(client.engine().status().status(id).job().progress().filesDone()).isLessThan(FILES);
    }

    private Process startWorker(String name) throws IOException {
        Path log = tmp.resolve("worker-" + name + ".log");
        Process process = new ProcessBuilder(javaExecutable(), "-cp", System.getProperty("java.class.path"),
                WorkerProcessMain.class.getName(), DATABASE.jdbcUrl(), SLOW_FILE_MILLIS)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        children.add(process);
        await("worker " + name + " is ready (log " + log + ")", Duration.ofSeconds(60), () -> {
            try {
                return Files.readString(log).contains(WorkerProcessMain.READY);
            } catch (IOException e) {
                return false;
            }
        });
        return process;
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void indexCleanly(Path repo, String project) {
        new RepositoryIndexer(new FileSystemSourceTree(), new PostgresIndexStore(DATABASE.dataSource()),
                JobEngineRig.INDEXING, Clock.systemUTC())
                .index(new IndexRequest(ProjectId.of(project), repo, true), IndexingMonitor.NONE);
    }

    private static List<Tuple> chunks(String project) throws SQLException {
        return PublishedChunks.of(DATABASE.dataSource(), project);
    }
}
