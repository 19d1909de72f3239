package dev.codebasemcp.persistence.jooq.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codebasemcp.persistence.jooq.database.Database;
import dev.codebasemcp.persistence.jooq.database.DatabaseFactory;
import dev.codebasemcp.persistence.jooq.database.DatabaseSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server lets in only who holds its generated password, also when its data directory trusted everyone. */
class EmbeddedServerPasswordTest {

    @TempDir
    Path home;

    @AfterEach
    void stopServer() {
        DatabaseFactory.stopEmbedded(home);
    }

    private Path postgres() {
        return home.toAbsolutePath().resolve("postgres");
    }

    private int port() {
        return PostmasterPidFile.read(postgres().resolve("data")).orElseThrow().port();
    }

    private static void assertRefusedWithoutPassword(int port) {
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/codebase?user=postgres").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("password");
        assertThatThrownBy(() -> DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + port + "/codebase?user=postgres&password=guess").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
    }

    @Test
    void aConnectionWithoutThePasswordIsRefusedAndThePasswordFileIsPrivate() throws IOException, SQLException {
        try (Database database = DatabaseFactory.open(DatabaseSettings.embedded(home))) {
            try (Connection connection = database.dataSource().getConnection()) {
                assertThat(connection.isValid(5)).isTrue();
            }
            assertRefusedWithoutPassword(port());
            Path passwordFile = postgres().resolve("password");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
            assertThat(Files.readString(passwordFile).strip()).hasSizeGreaterThanOrEqualTo(40);
            assertThat(database.jdbcUrl()).doesNotContain(Files.readString(passwordFile).strip());
        }
    }

    @Test
    void anOldDataDirectoryThatTrustedEveryoneIsUpgradedOnFirstStart() throws IOException, SQLException {
        Path data = Files.createDirectories(postgres().resolve("data"));
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).start();
             Connection connection = old.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE codebase");
        }
        assertThat(Files.readString(data.resolve("pg_hba.conf"), StandardCharsets.UTF_8)).contains("trust");

        try (Database database = DatabaseFactory.open(DatabaseSettings.embedded(home));
             Connection connection = database.dataSource().getConnection()) {
            assertThat(connection.isValid(5)).isTrue();
            assertRefusedWithoutPassword(port());
            assertThat(Files.readString(data.resolve("pg_hba.conf"), StandardCharsets.UTF_8))
                    .startsWith(SuperuserClient.HBA_MARKER).doesNotContain("trust");
        }
    }
}
