package dev.codebasemcp.persistence.jooq.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.codebasemcp.domain.InvalidInputException;
import dev.codebasemcp.persistence.jooq.testing.Jdbc;
import dev.codebasemcp.persistence.jooq.testing.TestDatabase;
import dev.codebasemcp.persistence.jooq.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a configured server, and the errors of bad settings; the embedded server has its own test. */
class DatabaseFactoryTest {

    @TempDir
    Path home;

    @Test
    void openWithAUrlMigratesThatServer() throws SQLException {
        try (TestDatabase server = TestDatabases.empty();
             Database database = DatabaseFactory.open(DatabaseSettings.server(server.jdbcUrl(), null, null, home))) {

            DatabaseInfo info = database.info();

            assertThat(database.isEmbedded()).isFalse();
            assertThat(info.embedded()).isFalse();
            assertThat(info.dataDirectory()).isNull();
            assertThat(info.jdbcUrl()).isEqualTo(server.jdbcUrl());
            assertThat(info.serverVersion()).matches("\\d+.*");
            assertThat(info.migrations()).extracting(DatabaseInfo.AppliedMigration::version).startsWith("1", "2");
            assertThat(Jdbc.count(database.dataSource(), "SELECT count(*) FROM indexing_jobs")).isZero();
        }
    }

    @Test
    void theJobStoresPoolStaysUsableWhileSearchesAndWritersHoldEveryMainConnection() throws SQLException {
        try (TestDatabase server = TestDatabases.empty();
             Database database = DatabaseFactory.open(
                     new DatabaseSettings(server.jdbcUrl(), null, null, home, 2, Duration.ZERO))) {
            List<Connection> held = new ArrayList<>();
            try {
                held.add(database.dataSource().getConnection());
                held.add(database.dataSource().getConnection());

                assertThat(Jdbc.count(database.jobDataSource(), "SELECT count(*) FROM indexing_jobs")).isZero();
                assertThat(((HikariDataSource) database.jobDataSource()).getDataSourceProperties())
                        .containsEntry("socketTimeout", "20");
                assertThat(((HikariDataSource) database.dataSource()).getDataSourceProperties())
                        .containsEntry("socketTimeout", "1800");
            } finally {
                for (Connection connection : held) {
                    connection.close();
                }
            }
        }
    }

    @Test
    void unreachableServerGivesAnErrorNamingTheUrl() {
        String url = "jdbc:postgresql://127.0.0.1:1/codebase?connectTimeout=2";

        assertThatThrownBy(() -> DatabaseFactory.open(DatabaseSettings.server(url, "someone", "secret", home)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Cannot connect to the database at " + url)
                .hasMessageNotContaining("secret");
    }

    @Test
    void aPasswordInTheUrlIsMaskedInTheError() {
        String url = "jdbc:postgresql://127.0.0.1:1/codebase?connectTimeout=2&password=hunter2";

        assertThatThrownBy(() -> DatabaseFactory.open(DatabaseSettings.server(url, "someone", null, home)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Cannot connect to the database at jdbc:postgresql://127.0.0.1:1/codebase"
                        + "?connectTimeout=2&password=***")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void homeThatIsAFileIsRejectedNamingCodebaseHome() throws IOException {
        Path file = Files.writeString(home.resolve("not-a-directory"), "x");

        assertThatThrownBy(() -> DatabaseFactory.open(DatabaseSettings.embedded(file)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("CODEBASE_HOME"))
                .hasMessageContaining("is not a directory");
    }

    @Test
    void homeBelowAFileIsRejectedNamingCodebaseHome() throws IOException {
        Path file = Files.writeString(home.resolve("plain-file"), "x");

        assertThatThrownBy(() -> DatabaseFactory.open(DatabaseSettings.embedded(file.resolve("home"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("CODEBASE_HOME"))
                .hasMessageContaining("cannot hold the embedded database");
    }

    @Test
    void urlThatIsNotPostgresIsRejected() {
        assertThatThrownBy(() -> DatabaseSettings.server("jdbc:mysql://localhost/db", null, null, home))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("CODEBASE_DATABASE_URL"));
    }

    @Test
    void settingsToStringHidesThePassword() {
        DatabaseSettings server = DatabaseSettings.server("jdbc:postgresql://db/codebase?password=inurl", "app", "pw", home);

        assertThat(server.isEmbedded()).isFalse();
        assertThat(server.toString()).doesNotContain("pw,").doesNotContain("inurl").contains("password=***");
    }

    @Test
    void embeddedIdlePeriodStaysWithinItsRange() {
        assertThat(DatabaseSettings.embedded(home).embeddedIdle()).isZero();
        assertThat(DatabaseSettings.embedded(home).withEmbeddedIdle(Duration.ofSeconds(300)).embeddedIdle())
                .isEqualTo(Duration.ofSeconds(300));
        assertThatThrownBy(() -> DatabaseSettings.embedded(home).withEmbeddedIdle(Duration.ofSeconds(86_401)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("CODEBASE_EMBEDDED_IDLE_SECONDS"))
                .hasMessageContaining("0-86400");
    }
}
