package dev.codebasemcp.bootstrap.jobs;

import static dev.codebasemcp.application.testing.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.codebasemcp.application.port.in.StartIndexingCommand;
import dev.codebasemcp.domain.job.IndexingJob;
import dev.codebasemcp.domain.job.JobStatus;
import dev.codebasemcp.persistence.jooq.testing.Jdbc;
import dev.codebasemcp.persistence.jooq.testing.TestDatabaseExtension;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** pg_terminate_backend on every connection of the worker's process while a job runs. */
class ConnectionTerminationTest {

    @RegisterExtension
    static final TestDatabaseExtension DATABASE = TestDatabaseExtension.migrated();

    @TempDir
    Path tmp;

    @Test
    void aJobWhoseConnectionsAreTerminatedEndsCleanlyAndTheWorkerKeepsServing() throws IOException, SQLException {
        Path repo = Repositories.create(tmp, "terminated", 200, 5);
        try (JobEngineRig rig = JobEngineRig.started(DATABASE.jdbcUrl(), JobEngineRig.SETTINGS, Duration.ofMillis(5),
                "terminated")) {
            String id = rig.engine().start().start(StartIndexingCommand.of(repo.toString())).job().id().toString();
            await("the job is running inside the indexer", () -> rig.indexer().runsActive() == 1);

            long terminated = Jdbc.count(DATABASE.dataSource(), "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                    + " WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'");
            assertThat(terminated).isPositive();

            await("the job ends completed or failed", Duration.ofSeconds(60), () -> {
                JobStatus status = rig.statusOrNull(id);
                return status != null && status.isTerminal();
            });
            IndexingJob job = rig.engine().status().status(id).job();
            assertThat(job.status()).isIn(JobStatus.COMPLETED, JobStatus.FAILED);
            if (job.status() == JobStatus.COMPLETED) {
                assertThat(job.filesIndexed()).isEqualTo(200);
            } else {
                assertThat(job.errorMessage()).startsWith("Indexing failed:");
            }

            Path next = Repositories.create(tmp, "after-termination", 3, 2);
            String nextId = rig.engine().start().start(StartIndexingCommand.of(next.toString())).job().id().toString();
            IndexingJob after = JobEngineOnPostgresTest.awaitReport(rig, nextId, JobStatus.COMPLETED).job();
            assertThat(after.filesIndexed()).isEqualTo(3);
        }
    }
}
