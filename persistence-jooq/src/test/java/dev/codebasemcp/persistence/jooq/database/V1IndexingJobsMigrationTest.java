package dev.codebasemcp.persistence.jooq.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codebasemcp.persistence.jooq.testing.Jdbc;
import dev.codebasemcp.persistence.jooq.testing.TestDatabaseExtension;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The user's acceptance list for the original {@code indexing_jobs} schema (migration V1 alone). */
class V1IndexingJobsMigrationTest {

    @RegisterExtension
    static final TestDatabaseExtension DATABASE = TestDatabaseExtension.empty();

    private static DataSource dataSource;

    @BeforeAll
    static void migrateToV1() {
        dataSource = DATABASE.dataSource();
        assertThat(SchemaMigrator.migrateTo(dataSource, "1")).isEqualTo(1);
    }

    @Test
    void tableHasExactlyTheTenColumnsOfTheSchema() throws SQLException {
        assertThat(Jdbc.column(dataSource, """
                SELECT column_name || ' ' || data_type || ' ' || is_nullable || ' ' || coalesce(column_default, '-')
                FROM information_schema.columns
                WHERE table_schema = 'public' AND table_name = 'indexing_jobs'
                ORDER BY ordinal_position"""))
                .containsExactly(
                        "id uuid NO gen_random_uuid()",
                        "repo_path text NO -",
                        "project_id character varying NO -",
                        "status character varying NO 'pending'::character varying",
                        "error_message text YES -",
                        "files_indexed integer YES 0",
                        "chunks_created integer YES 0",
                        "started_at timestamp with time zone YES -",
                        "completed_at timestamp with time zone YES -",
                        "created_at timestamp with time zone YES now()");
    }

    @Test
    void idIsThePrimaryKey() throws SQLException {
        assertThat(Jdbc.column(dataSource, """
                SELECT kcu.column_name FROM information_schema.table_constraints tc
                JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name
                WHERE tc.table_name = 'indexing_jobs' AND tc.constraint_type = 'PRIMARY KEY'"""))
                .containsExactly("id");
    }

    @Test
    void bothIndexesExistWithTheirColumnsAndPartialCondition() throws SQLException {
        assertThat(Jdbc.column(dataSource, """
                SELECT indexname || ': ' || indexdef FROM pg_indexes
                WHERE tablename = 'indexing_jobs' AND indexname <> 'indexing_jobs_pkey'
                ORDER BY indexname"""))
                .satisfiesExactly(
                        active -> assertThat(active)
                                .startsWith("idx_active_jobs: ")
                                .contains("(project_id, status)")
                                .contains("WHERE")
                                .contains("'pending'")
                                .contains("'running'"),
                        created -> assertThat(created)
                                .startsWith("idx_created_at: ")
                                .contains("(created_at DESC)"));
    }

    @Test
    void insertWithAnInvalidStatusIsRejected() {
        assertThatThrownBy(() -> Jdbc.execute(dataSource,
                "INSERT INTO indexing_jobs (repo_path, project_id, status) VALUES ('/repo', 'default', 'invalid_status')"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("indexing_jobs_status_check")
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("23514"));
    }

    @Test
    void tableStartsEmpty() throws SQLException {
        assertThat(Jdbc.count(dataSource, "SELECT count(*) FROM indexing_jobs")).isZero();
    }
}
