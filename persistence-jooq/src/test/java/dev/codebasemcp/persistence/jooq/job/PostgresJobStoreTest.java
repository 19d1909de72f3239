package dev.codebasemcp.persistence.jooq.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.codebasemcp.application.port.out.ActiveJobExistsException;
import dev.codebasemcp.application.port.out.JobFilter;
import dev.codebasemcp.application.port.out.JobLease;
import dev.codebasemcp.application.port.out.RunningJobUpdates;
import dev.codebasemcp.domain.job.IndexingJob;
import dev.codebasemcp.domain.job.JobId;
import dev.codebasemcp.domain.job.JobPhase;
import dev.codebasemcp.domain.job.JobProgress;
import dev.codebasemcp.domain.job.JobStatus;
import dev.codebasemcp.domain.project.ProjectId;
import dev.codebasemcp.persistence.jooq.testing.Jdbc;
import dev.codebasemcp.persistence.jooq.testing.TestDatabaseExtension;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the PostgreSQL store adds to the contract: row locks, the one-active-job rule, full rows. */
class PostgresJobStoreTest {

    @RegisterExtension
    static final TestDatabaseExtension DATABASE = TestDatabaseExtension.migrated();

    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    private static final ProjectId PROJECT = ProjectId.of("store");

    private PostgresJobStore store;

    @BeforeEach
    void emptyTable() throws SQLException {
        Jdbc.execute(DATABASE.dataSource(), "DELETE FROM indexing_jobs");
        store = new PostgresJobStore(DATABASE.dataSource());
    }

    @Test
    void secondActiveJobForTheSameRepositoryIsRejectedWithItsProjectAndPath() {
        store.insert(pending("/repos/a", T0));

        assertThatThrownBy(() -> store.insert(pending("/repos/a", T0.plusSeconds(1))))
                .isInstanceOfSatisfying(ActiveJobExistsException.class, e -> {
                    assertThat(e.projectId()).isEqualTo(PROJECT);
                    assertThat(e.repoPath()).isEqualTo("/repos/a");
                })
                .hasMessageContaining("/repos/a");
    }

    @Test
    void insertOfAJobThatIsNotPendingIsRejected() {
        IndexingJob running = pending("/repos/a", T0).claim("worker-1", T0, T0.plusSeconds(30));

        assertThatThrownBy(() -> store.insert(running)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("running");
    }

    @Test
    void everyFieldSurvivesTheRoundTrip() {
        IndexingJob job = store.insert(IndexingJob.pending(JobId.random(), "/repos/ü ß", PROJECT, true, T0));
        IndexingJob running = store.claim("worker-7", 1, T0.plusSeconds(1), T0.plusSeconds(31)).getFirst();
        JobProgress progress = new JobProgress(JobPhase.INDEXING, 12, 11, 5_000_000_000L, 42, 1);
        store.renewLease(JobLease.of(running), T0.plusSeconds(60), progress);
        store.requestCancel(job.id());
        IndexingJob expected = RunningJobUpdates.cancelRequested(RunningJobUpdates.renewed(running, T0.plusSeconds(60), progress));

        assertThat(store.findById(job.id())).contains(expected);
        assertThat(expected.forceReindex()).isTrue();
    }

    @Test
    void claimSkipsAJobAnotherTransactionHoldsLockedInsteadOfWaiting() throws SQLException {
        IndexingJob locked = store.insert(pending("/repos/locked", T0));
        IndexingJob free = store.insert(pending("/repos/free", T0.plusSeconds(1)));

        try (Connection other = DATABASE.dataSource().getConnection(); Statement statement = other.createStatement()) {
            other.setAutoCommit(false);
            statement.execute("SELECT id FROM indexing_jobs WHERE id = '" + locked.id() + "' FOR UPDATE");

            List<IndexingJob> claimed = store.claim("worker-1", 2, T0.plusSeconds(2), T0.plusSeconds(32));

            assertThat(claimed).extracting(IndexingJob::id).containsExactly(free.id());
            other.rollback();
        }
        assertThat(store.claim("worker-2", 2, T0.plusSeconds(3), T0.plusSeconds(33)))
                .extracting(IndexingJob::id).containsExactly(locked.id());
    }

    @Test
    void twoClaimersOnSeparatePoolsNeverGetTheSameJob() throws Exception {
        int jobs = 200;
        for (int i = 0; i < jobs; i++) {
            store.insert(pending("/repos/r" + i, T0.plusMillis(i)));
        }
        try (HikariDataSource firstPool = pool(); HikariDataSource secondPool = pool()) {
            List<Callable<List<JobId>>> claimers = List.of(
                    claimer(new PostgresJobStore(firstPool), "worker-a"),
                    claimer(new PostgresJobStore(secondPool), "worker-b"));
            ExecutorService executor = Executors.newFixedThreadPool(2);
            try {
                List<JobId> all = new ArrayList<>();
                for (Future<List<JobId>> result : executor.invokeAll(claimers, 60, TimeUnit.SECONDS)) {
                    all.addAll(result.get());
                }
                assertThat(all).hasSize(jobs).doesNotHaveDuplicates();
            } finally {
                executor.shutdownNow();
            }
        }
        assertThat(Jdbc.count(DATABASE.dataSource(), "SELECT count(*) FROM indexing_jobs WHERE status = 'running' AND attempts = 1"))
                .isEqualTo(jobs);
    }

    @Test
    void finishRejectsALeaseOfAnotherJobAndAStillRunningState() {
        IndexingJob running = store.insert(pending("/repos/a", T0)).claim("worker-1", T0, T0.plusSeconds(30));
        IndexingJob other = pending("/repos/b", T0);

        assertThatThrownBy(() -> store.finish(JobLease.of(running), other)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.finish(JobLease.of(running), running)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("still running");
    }

    @Test
    void listFiltersByStatusProjectAndRepository() {
        IndexingJob runningA = claimOnly(store.insert(pending("/repos/a", T0)));
        IndexingJob pendingB = store.insert(pending("/repos/b", T0.plusSeconds(2)));
        IndexingJob pendingC = store.insert(pending("/repos/c", T0.plusSeconds(3)));
        ProjectId other = ProjectId.of("other");
        IndexingJob otherProject = store.insert(IndexingJob.pending(JobId.random(), "/repos/a", other, true, T0.plusSeconds(4)));

        assertThat(store.list(new JobFilter(JobStatus.PENDING, null, null, 10))).containsExactly(otherProject, pendingC, pendingB);
        assertThat(store.list(new JobFilter(JobStatus.RUNNING, null, null, 10))).containsExactly(runningA);
        assertThat(store.list(new JobFilter(null, other, null, 10))).containsExactly(otherProject);
        assertThat(store.list(new JobFilter(null, null, "/repos/a", 10))).containsExactly(otherProject, runningA);
        assertThat(store.list(new JobFilter(JobStatus.PENDING, PROJECT, "/repos/b", 10))).containsExactly(pendingB);
        assertThat(store.list(new JobFilter(JobStatus.RUNNING, PROJECT, "/repos/b", 10))).isEmpty();
        assertThat(store.list(new JobFilter(null, null, null, 2))).containsExactly(otherProject, pendingC);
    }

    @Test
    void claimOfAnEmptyQueueReturnsNothing() {
        assertThat(store.claim("worker-1", 5, T0, T0.plusSeconds(30))).isEmpty();
    }

    private IndexingJob claimOnly(IndexingJob job) {
        List<IndexingJob> claimed = store.claim("worker-1", 1, T0.plusSeconds(1), T0.plusSeconds(31));
        assertThat(claimed).extracting(IndexingJob::id).containsExactly(job.id());
        return claimed.getFirst();
    }

    private static Callable<List<JobId>> claimer(PostgresJobStore claimingStore, String workerId) {
        return () -> {
            List<JobId> mine = new ArrayList<>();
            Set<JobId> seen = new HashSet<>();
            List<IndexingJob> batch;
            do {
                batch = claimingStore.claim(workerId, 3, T0.plusSeconds(10), T0.plusSeconds(40));
                batch.forEach(job -> {
                    assertThat(job.workerId()).isEqualTo(workerId);
                    seen.add(job.id());
                    mine.add(job.id());
                });
            } while (!batch.isEmpty());
            assertThat(seen).hasSameSizeAs(mine);
            return mine;
        };
    }

    @Test
    void readsRightAfterThePoolsSessionsWereEndedByTheServerStillAnswer() throws SQLException {
        try (HikariDataSource pool = pool()) {
            PostgresJobStore pooled = new PostgresJobStore(pool);
            IndexingJob job = pooled.insert(pending("/repos/killed", T0));
            // Both pooled sessions are warm, then ended by the server as an administrator would.
            try (Connection first = pool.getConnection(); Connection second = pool.getConnection()) {
                terminate(first);
                terminate(second);
            }

            for (int read = 0; read < 5; read++) {
                assertThat(pooled.findById(job.id())).contains(job);
                assertThat(pooled.list(new JobFilter(null, PROJECT, "/repos/killed", 10))).containsExactly(job);
            }
        }
    }

    private static void terminate(Connection pooled) throws SQLException {
        try (Statement statement = pooled.createStatement();
             var pid = statement.executeQuery("SELECT pg_backend_pid()")) {
            pid.next();
            assertThat(Jdbc.count(DATABASE.dataSource(),
                    "SELECT CASE WHEN pg_terminate_backend(" + pid.getInt(1) + ", 10000) THEN 1 ELSE 0 END")).isEqualTo(1);
        }
    }

    private static HikariDataSource pool() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(DATABASE.jdbcUrl());
        config.setMaximumPoolSize(2);
        return new HikariDataSource(config);
    }

    private static IndexingJob pending(String repoPath, Instant createdAt) {
        return IndexingJob.pending(JobId.random(), repoPath, PROJECT, false, createdAt);
    }
}
