package dev.codebasemcp.bootstrap.jobs;

import static dev.codebasemcp.application.testing.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.codebasemcp.application.port.in.StartIndexingCommand;
import dev.codebasemcp.domain.job.IndexingJob;
import dev.codebasemcp.domain.job.JobStatus;
import dev.codebasemcp.persistence.jooq.testing.TestDatabaseExtension;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Two engines with separate pools stand for two server processes on one database. */
class TwoEnginesOnOneDatabaseTest {

    @RegisterExtension
    static final TestDatabaseExtension DATABASE = TestDatabaseExtension.migrated();

    @TempDir
    Path tmp;

    @Test
    void thirtyJobsQueuedThroughBothEnginesRunExactlyOnceEach() throws IOException {
        try (JobEngineRig first = JobEngineRig.started(DATABASE.jdbcUrl(), JobEngineRig.SETTINGS, Duration.ofMillis(2), "one");
             JobEngineRig second = JobEngineRig.started(DATABASE.jdbcUrl(), JobEngineRig.SETTINGS, Duration.ofMillis(2), "two")) {
            List<String> ids = new ArrayList<>();
            List<Path> repos = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                Path repo = Repositories.create(tmp, "repo-" + i, 4, 3);
                repos.add(repo);
                JobEngineRig via = i % 2 == 0 ? first : second;
                ids.add(via.engine().start().start(StartIndexingCommand.of(repo.toString())).job().id().toString());
            }

            await("all 30 jobs completed", Duration.ofSeconds(120), () -> ids.stream()
                    .allMatch(id -> first.engine().status().status(id).job().status() == JobStatus.COMPLETED));

            for (String id : ids) {
                IndexingJob job = first.engine().status().status(id).job();
                assertThat(job.attempts()).as("attempts of %s", id).isEqualTo(1);
                assertThat(job.filesIndexed()).isEqualTo(4);
            }
            for (Path repo : repos) {
                int runs = first.indexer().runs(repo.toString()) + second.indexer().runs(repo.toString());
                assertThat(runs).as("runs of %s", repo).isEqualTo(1);
            }
            assertThat(first.indexer().maxRunsAtOnce()).isLessThanOrEqualTo(2);
            assertThat(second.indexer().maxRunsAtOnce()).isLessThanOrEqualTo(2);
        }
    }
}
