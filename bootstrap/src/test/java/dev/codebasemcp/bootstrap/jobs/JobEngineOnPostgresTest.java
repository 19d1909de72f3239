package dev.codebasemcp.bootstrap.jobs;

import static dev.codebasemcp.application.testing.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.codebasemcp.application.port.in.JobReport;
import dev.codebasemcp.application.port.in.StartIndexingCommand;
import dev.codebasemcp.application.port.in.StartIndexingResult;
import dev.codebasemcp.domain.job.IndexingJob;
import dev.codebasemcp.domain.job.JobPhase;
import dev.codebasemcp.domain.job.JobStatus;
import dev.codebasemcp.persistence.jooq.testing.TestDatabaseExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The job engine with the real PostgreSQL adapters and the real indexer, in one process. */
class JobEngineOnPostgresTest {

    @RegisterExtension
    static final TestDatabaseExtension DATABASE = TestDatabaseExtension.migrated();

    @TempDir
    Path tmp;

    @Test
    void theUsersFourFileRepositoryIsIndexedInTheBackgroundWithExactCounters() throws IOException {
        Path repo = Files.createDirectories(tmp.resolve("four-files"));
        Files.writeString(repo.resolve("main.py"), "def main():\n    print('hello')\n");
        Files.writeString(repo.resolve("util.py"), "def add(a, b):\n    return a + b\n");
        Files.writeString(repo.resolve("README.md"), "# Four files\n");
        Files.createDirectories(repo.resolve("lib"));
        Files.writeString(repo.resolve("lib/helper.js"), "export const helper = () => 42;\n");

        try (JobEngineRig rig = JobEngineRig.started(DATABASE.jdbcUrl(), JobEngineRig.SETTINGS, Duration.ZERO, "four")) {
            StartIndexingResult started = rig.engine().start().start(StartIndexingCommand.of(repo.toString()));
            assertThat(started.alreadyActive()).isFalse();
            assertThat(started.job().status()).isEqualTo(JobStatus.PENDING);
            String jobId = started.job().id().toString();

            JobReport done = awaitReport(rig, jobId, JobStatus.COMPLETED);

            IndexingJob job = done.job();
            assertThat(job.filesIndexed()).isEqualTo(4);
            assertThat(job.chunksCreated()).isEqualTo(4);
            assertThat(job.errorMessage()).isNull();
            assertThat(job.attempts()).isEqualTo(1);
            assertThat(job.startedAt()).isNotNull();
            assertThat(job.completedAt()).isAfterOrEqualTo(job.startedAt());
            assertThat(job.progress().phase()).isEqualTo(JobPhase.DONE);
            assertThat(job.progress().filesTotal()).isEqualTo(4);
            assertThat(job.progress().filesSkipped()).isZero();
            assertThat(done.progressPercent()).isEqualTo(100);
            assertThat(done.etaSeconds()).isNull();
            assertThat(job.repoPath()).isEqualTo(repo.toRealPath().toString());
        }
    }

    @Test
    void aStartedJobSurvivesClosingAndReopeningThePools() throws IOException {
        Path repo = Repositories.create(tmp, "persisted", 2, 3);
        JobReport before;
        String jobId;
        try (JobEngineRig client = JobEngineRig.clientOnly(DATABASE.jdbcUrl(), "before")) {
            jobId = client.engine().start().start(StartIndexingCommand.of(repo.toString())).job().id().toString();
            before = client.engine().status().status(jobId);
        }

        try (JobEngineRig reopened = JobEngineRig.clientOnly(DATABASE.jdbcUrl(), "after")) {
            JobReport after = reopened.engine().status().status(jobId);

            assertThat(after.job()).isEqualTo(before.job());
            assertThat(after.job().status()).isEqualTo(JobStatus.PENDING);
        }
    }

    @Test
    void twentyJobsWithTwoSlotsNeverRunMoreThanTwoAtOnceAndAllComplete() throws IOException {
        try (JobEngineRig rig = JobEngineRig.started(DATABASE.jdbcUrl(), JobEngineRig.SETTINGS.withMaxConcurrentJobs(2),
                Duration.ofMillis(5), "twenty")) {
            List<String> ids = new ArrayList<>();
            List<Path> repos = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                Path repo = Repositories.create(tmp, "small-" + i, 5, 3);
                repos.add(repo);
                ids.add(rig.engine().start().start(StartIndexingCommand.of(repo.toString())).job().id().toString());
            }

            for (String id : ids) {
                awaitReport(rig, id, JobStatus.COMPLETED);
            }

            assertThat(rig.indexer().maxRunsAtOnce()).isBetween(1, 2);
            assertThat(repos).allSatisfy(repo -> assertThat(rig.indexer().runs(repo.toString())).isEqualTo(1));
            assertThat(ids).allSatisfy(id -> assertThat(rig.engine().status().status(id).job().filesIndexed()).isEqualTo(5));
        }
    }

    @Test
    void cancellingARunningJobKeepsThePreviousIndex() throws IOException {
        Path repo = Repositories.create(tmp, "cancel-me", 40, 3);
        try (JobEngineRig rig = JobEngineRig.started(DATABASE.jdbcUrl(), JobEngineRig.SETTINGS, Duration.ZERO, "cancel")) {
            String first = rig.engine().start().start(StartIndexingCommand.of(repo.toString())).job().id().toString();
            awaitReport(rig, first, JobStatus.COMPLETED);
            rig.indexer().hold();
            String second = rig.engine().start().start(
                    new StartIndexingCommand(repo.toString(), null, null, true)).job().id().toString();
            await("the second run is held inside the indexer", () -> rig.indexer().runsActive() == 1);

            JobReport requested = rig.engine().cancel().cancel(second);

            assertThat(requested.job().cancelRequested()).isTrue();
            JobReport cancelled = awaitReport(rig, second, JobStatus.CANCELLED);
            assertThat(cancelled.job().completedAt()).isNotNull();
            assertThat(rig.engine().status().status(first).job().filesIndexed()).isEqualTo(40);
        }
    }

    static JobReport awaitReport(JobEngineRig rig, String jobId, JobStatus status) {
        await("job " + jobId + " becomes " + status.wireName(), Duration.ofSeconds(60),
                () -> rig.engine().status().status(jobId).job().status() == status);
        return rig.engine().status().status(jobId);
    }
}
