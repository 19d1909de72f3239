package dev.codebasemcp.persistence.jooq.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codebasemcp.persistence.jooq.testing.Jdbc;
import dev.codebasemcp.persistence.jooq.testing.TestDatabaseExtension;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class V2JobEngineMigrationTest {

    @RegisterExtension
    static final TestDatabaseExtension DATABASE = TestDatabaseExtension.empty();

    private static DataSource dataSource;

    @BeforeAll
    static void migrateToV2() {
        dataSource = DATABASE.dataSource();
        SchemaMigrator.migrateTo(dataSource, "2");
    }

    @AfterEach
    void deleteJobs() throws SQLException {
        Jdbc.execute(dataSource, "DELETE FROM indexing_jobs");
    }

    @Test
    void cancelledIsAnAllowedStatus() throws SQLException {
        Jdbc.execute(dataSource, "INSERT INTO indexing_jobs (repo_path, project_id, status) VALUES ('/repo', 'default', 'cancelled')");

        assertThat(Jdbc.column(dataSource, "SELECT status FROM indexing_jobs")).containsExactly("cancelled");
    }

    @Test
    void newJobStartsQueuedWithZeroProgressAndNoAttempts() throws SQLException {
        Jdbc.execute(dataSource, "INSERT INTO indexing_jobs (repo_path, project_id) VALUES ('/repo', 'default')");

        assertThat(Jdbc.column(dataSource, """
                SELECT concat_ws(' ', status, phase, files_total, files_done, bytes_done, chunks_done, files_skipped,
                                 attempts, cancel_requested, force_reindex, files_indexed, chunks_created)
                FROM indexing_jobs"""))
                .containsExactly("pending queued 0 0 0 0 0 0 f f 0 0");
    }

    @Test
    void secondActiveJobForTheSameRepositoryIsRejected() throws SQLException {
        Jdbc.execute(dataSource, "INSERT INTO indexing_jobs (repo_path, project_id) VALUES ('/repo', 'default')");

        assertThatThrownBy(() -> Jdbc.execute(dataSource, "INSERT INTO indexing_jobs (repo_path, project_id) VALUES ('/repo', 'default')"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("uq_indexing_jobs_active_repo");
    }

    @Test
    void finishedJobsDoNotBlockANewActiveJob() throws SQLException {
        Jdbc.execute(dataSource, """
                INSERT INTO indexing_jobs (repo_path, project_id, status) VALUES
                  ('/repo', 'default', 'completed'), ('/repo', 'default', 'failed'), ('/repo', 'default', 'cancelled'),
                  ('/repo', 'default', 'pending'), ('/repo', 'other', 'pending')""");

        assertThat(Jdbc.count(dataSource, "SELECT count(*) FROM indexing_jobs")).isEqualTo(5);
    }

    @Test
    void runningJobWithoutWorkerOrLeaseIsRejected() {
        assertThatThrownBy(() -> Jdbc.execute(dataSource,
                "INSERT INTO indexing_jobs (repo_path, project_id, status, started_at) VALUES ('/repo', 'default', 'running', now())"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("indexing_jobs_running_lease_check");
    }

    @Test
    void unknownPhaseIsRejected() {
        assertThatThrownBy(() -> Jdbc.execute(dataSource,
                "INSERT INTO indexing_jobs (repo_path, project_id, phase) VALUES ('/repo', 'default', 'sleeping')"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("indexing_jobs_phase_check");
    }

    @Test
    void claimAndReaperQueriesHaveTheirPartialIndexes() throws SQLException {
        assertThat(Jdbc.column(dataSource, "SELECT indexname || ': ' || indexdef FROM pg_indexes WHERE tablename = 'indexing_jobs' ORDER BY indexname"))
                .anySatisfy(index -> assertThat(index).startsWith("idx_indexing_jobs_pending: ").contains("(created_at, id)").contains("'pending'"))
                .anySatisfy(index -> assertThat(index).startsWith("idx_indexing_jobs_lease: ").contains("(lease_expires_at)").contains("'running'"))
                .anySatisfy(index -> assertThat(index).startsWith("uq_indexing_jobs_active_repo: ").contains("UNIQUE").contains("(project_id, repo_path)"));
    }
}
