package dev.codebasemcp.bootstrap.jobs;

import static dev.codebasemcp.application.testing.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.codebasemcp.application.port.in.StartIndexingCommand;
import dev.codebasemcp.domain.job.IndexingJob;
import dev.codebasemcp.domain.job.JobStatus;
import dev.codebasemcp.persistence.jooq.database.SchemaMigrations;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database goes away while a job runs, for longer than the job's lease, and comes back: the
 * worker survives, the job is requeued by the reaper and completes, and new jobs run again.
 */
class DatabaseOutageTest {

    @TempDir
    Path tmp;

    private EmbeddedPostgres postgres;

    @AfterEach
    void stopDatabase() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aJobSurvivesADatabaseOutageLongerThanItsLease() throws IOException {
        int port = freePort();
        Path data = tmp.resolve("pgdata");
        postgres = start(data, port);
        SchemaMigrations.applyAll(postgres.getPostgresDatabase());
        String jdbcUrl = postgres.getJdbcUrl("postgres", "postgres");
        Path repo = Repositories.create(tmp, "repo", 10, 3);

        try (JobEngineRig rig = JobEngineRig.started(jdbcUrl, JobEngineRig.SETTINGS, Duration.ZERO, "outage")) {
            rig.indexer().hold();
            String id = rig.engine().start().start(StartIndexingCommand.of(repo.toString())).job().id().toString();
            await("the job runs inside the indexer", () -> rig.indexer().runsActive() == 1);
            IndexingJob running = rig.engine().status().status(id).job();

            postgres.close();
            postgres = null;
            Instant leaseGone = running.leaseExpiresAt().plus(JobEngineRig.SETTINGS.leaseDuration());
            await("the outage outlasts the lease", Duration.ofSeconds(60), () -> Instant.now().isAfter(leaseGone));
            await("the worker stopped the run whose lease it could not renew", Duration.ofSeconds(60),
                    () -> rig.indexer().runsActive() == 0);
            rig.indexer().release();
            postgres = start(data, port);

            await("the job is requeued and completes", Duration.ofSeconds(90), () -> rig.statusOrNull(id) == JobStatus.COMPLETED);
            IndexingJob done = rig.engine().status().status(id).job();
            assertThat(done.attempts()).isEqualTo(2);
            assertThat(done.filesIndexed()).isEqualTo(10);

            Path next = Repositories.create(tmp, "after-outage", 2, 2);
            String nextId = rig.engine().start().start(StartIndexingCommand.of(next.toString())).job().id().toString();
            assertThat(JobEngineOnPostgresTest.awaitReport(rig, nextId, JobStatus.COMPLETED).job().filesIndexed())
                    .isEqualTo(2);
        }
    }

    private static EmbeddedPostgres start(Path data, int port) throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("fsync", "off")
                .start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
