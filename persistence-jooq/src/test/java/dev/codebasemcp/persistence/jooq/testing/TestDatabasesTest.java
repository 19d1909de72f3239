package dev.codebasemcp.persistence.jooq.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class TestDatabasesTest {

    @Test
    void eachDatabaseIsMigratedAndSeesOnlyItsOwnRows() throws SQLException {
        try (TestDatabase first = TestDatabases.migrated(); TestDatabase second = TestDatabases.migrated()) {
            execute(first, "INSERT INTO indexing_jobs (repo_path, project_id) VALUES ('/repo', 'default')");

            assertThat(countJobs(first)).isEqualTo(1);
            assertThat(countJobs(second)).isZero();
            assertThat(first.name()).isNotEqualTo(second.name());
        }
    }

    @Test
    void jdbcUrlReachesTheSameDatabaseAsTheDataSource() throws SQLException {
        try (TestDatabase database = TestDatabases.migrated();
             Connection connection = DriverManager.getConnection(database.jdbcUrl());
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT current_database()")) {
            result.next();
            assertThat(result.getString(1)).isEqualTo(database.name());
        }
    }

    @Test
    void closingDropsTheDatabase() throws SQLException {
        TestDatabase database = TestDatabases.empty();
        database.close();

        try (Connection connection = DriverManager.getConnection(TestDatabases.serverAdminUrl());
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(
                     "SELECT count(*) FROM pg_database WHERE datname = '" + database.name() + "'")) {
            result.next();
            assertThat(result.getInt(1)).isZero();
        }
    }

    @Test
    void withDatabaseReplacesOnlyTheDatabaseName() {
        assertThat(TestDatabases.withDatabase("jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres", "x"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/x?user=postgres");
        assertThat(TestDatabases.withDatabase("jdbc:postgresql://localhost:5432", "x"))
                .isEqualTo("jdbc:postgresql://localhost:5432/x");
        assertThatThrownBy(() -> TestDatabases.withDatabase("jdbc:mysql://localhost/db", "x"))
                .hasMessageContaining(TestDatabases.URL_VARIABLE);
    }

    private static void execute(TestDatabase database, String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static int countJobs(TestDatabase database) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT count(*) FROM indexing_jobs")) {
            result.next();
            return result.getInt(1);
        }
    }
}
