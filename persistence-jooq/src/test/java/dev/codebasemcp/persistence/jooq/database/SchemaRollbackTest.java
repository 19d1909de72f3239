package dev.codebasemcp.persistence.jooq.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codebasemcp.persistence.jooq.testing.Jdbc;
import dev.codebasemcp.persistence.jooq.testing.TestDatabase;
import dev.codebasemcp.persistence.jooq.testing.TestDatabases;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class SchemaRollbackTest {

    private static final String JOBS_TABLE_EXISTS = "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename = 'indexing_jobs'";

    @Test
    void rollingBackV1DropsTheJobsTable() throws SQLException {
        try (TestDatabase database = TestDatabases.empty()) {
            DataSource dataSource = database.dataSource();
            SchemaMigrator.migrateTo(dataSource, "1");
            assertThat(Jdbc.count(dataSource, JOBS_TABLE_EXISTS)).isEqualTo(1);

            assertThat(SchemaRollback.rollBackLatest(dataSource)).contains("1");

            assertThat(Jdbc.count(dataSource, JOBS_TABLE_EXISTS)).isZero();
            assertThat(Jdbc.count(dataSource, "SELECT count(*) FROM pg_indexes WHERE indexname IN ('idx_active_jobs', 'idx_created_at')")).isZero();
            assertThat(SchemaMigrator.applied(dataSource)).isEmpty();
        }
    }

    @Test
    void rollingBackV2RestoresTheV1SchemaAndTurnsCancelledJobsIntoFailedOnes() throws SQLException {
        try (TestDatabase database = TestDatabases.empty()) {
            DataSource dataSource = database.dataSource();
            SchemaMigrator.migrateTo(dataSource, "2");
            Jdbc.execute(dataSource, "INSERT INTO indexing_jobs (repo_path, project_id, status) VALUES ('/repo', 'default', 'cancelled')");

            assertThat(SchemaRollback.rollBackLatest(dataSource)).contains("2");

            assertThat(Jdbc.count(dataSource, "SELECT count(*) FROM information_schema.columns WHERE table_name = 'indexing_jobs'")).isEqualTo(10);
            assertThat(Jdbc.column(dataSource, "SELECT indexname FROM pg_indexes WHERE tablename = 'indexing_jobs' ORDER BY indexname"))
                    .containsExactly("idx_active_jobs", "idx_created_at", "indexing_jobs_pkey");
            assertThat(Jdbc.column(dataSource, "SELECT status || ' ' || error_message FROM indexing_jobs")).containsExactly("failed Cancelled");
            assertThat(SchemaMigrator.applied(dataSource)).extracting(DatabaseInfo.AppliedMigration::version).containsExactly("1");
        }
    }

    @Test
    void migrationsApplyAgainAfterEverythingWasRolledBack() throws SQLException {
        try (TestDatabase database = TestDatabases.empty()) {
            DataSource dataSource = database.dataSource();
            int applied = SchemaMigrator.migrate(dataSource);

            assertThat(SchemaRollback.rollBackTo(dataSource, "0")).hasSize(applied).endsWith("2", "1");
            assertThat(Jdbc.count(dataSource, JOBS_TABLE_EXISTS)).isZero();

            assertThat(SchemaMigrator.migrate(dataSource)).isEqualTo(applied);
            assertThat(Jdbc.count(dataSource, JOBS_TABLE_EXISTS)).isEqualTo(1);
        }
    }

    @Test
    void rollingBackAnEmptyDatabaseDoesNothing() {
        try (TestDatabase database = TestDatabases.empty()) {
            assertThat(SchemaRollback.rollBackLatest(database.dataSource())).isEmpty();
        }
    }
}
