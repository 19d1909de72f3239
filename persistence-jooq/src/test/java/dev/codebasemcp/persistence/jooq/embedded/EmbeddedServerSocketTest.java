package dev.codebasemcp.persistence.jooq.embedded;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The application reaches the embedded server through its unix socket in a private directory. */
class EmbeddedServerSocketTest {

    @TempDir
    Path home;

    @AfterEach
    void stopServer() {
        DatabaseFactory.stopEmbedded(home);
    }

    @Test
    void pooledAndDirectSessionsGoThroughTheSocketInAPrivateDirectory() throws IOException, SQLException {
        try (Database database = DatabaseFactory.open(DatabaseSettings.embedded(home))) {
            assertThat(isSocketSession(database.dataSource().getConnection())).isTrue();
            assertThat(isSocketSession(database.jobDataSource().getConnection())).isTrue();
            assertThat(isSocketSession(database.directConnections().open())).isTrue();
            assertThat(database.info().jdbcUrl()).contains("socketFactory=").contains("socketFactoryArg=");

            Path socketDirectory = home.toAbsolutePath().resolve("postgres").resolve("socket");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socketDirectory))).isEqualTo("rwx------");
            int port = PostmasterPidFile.read(home.toAbsolutePath().resolve("postgres").resolve("data")).orElseThrow().port();
            assertThat(socketDirectory.resolve(".s.PGSQL." + port)).exists();
        }
    }

    @Test
    void aHomeTooLongForASocketAddressGetsAPrivateDirectoryUnderTheTempDirectory() throws IOException, SQLException {
        Path deep = Files.createDirectories(home.resolve("a-directory-name-long-enough-to-push".repeat(3)));
        Path postgres = deep.toAbsolutePath().resolve("postgres");
        assertThat(EmbeddedSocketDirectory.fits(postgres.resolve("socket"))).isFalse();
        try (Database database = DatabaseFactory.open(DatabaseSettings.embedded(deep))) {
            assertThat(isSocketSession(database.dataSource().getConnection())).isTrue();
            Path recorded = Path.of(Files.readString(postgres.resolve(EmbeddedSocketDirectory.RECORD_FILE), StandardCharsets.UTF_8));
            assertThat(recorded).startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath());
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(recorded))).isEqualTo("rwx------");
            assertThat(database.info().jdbcUrl()).contains(recorded.getFileName().toString());
        } finally {
            DatabaseFactory.stopEmbedded(deep);
        }
    }

    @Test
    void aServerStartedWithoutTheSocketSettingIsJoinedOverTcpAndUsesTheSocketAfterARestart() throws IOException, SQLException {
        Path data = Files.createDirectories(home.toAbsolutePath().resolve("postgres").resolve("data"));
        // As an older version left it running: the socket in the compiled-in directory, not in CODEBASE_HOME
        EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).start();
        Database joined = DatabaseFactory.open(DatabaseSettings.embedded(home));
        try {
            assertThat(isSocketSession(joined.dataSource().getConnection())).isFalse();
            assertThat(joined.info().jdbcUrl()).startsWith("jdbc:postgresql://localhost:").doesNotContain("socketFactory");
        } finally {
            old.close();
            joined.close();
        }
        assertThat(PostmasterPidFile.read(data)).isEmpty();
        try (Database database = DatabaseFactory.open(DatabaseSettings.embedded(home))) {
            assertThat(isSocketSession(database.dataSource().getConnection())).isTrue();
        }
    }

    static boolean isSocketSession(Connection connection) throws SQLException {
        try (connection; Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(
                     "SELECT client_addr IS NULL FROM pg_stat_activity WHERE pid = pg_backend_pid()")) {
            assertThat(row.next()).isTrue();
            return row.getBoolean(1);
        }
    }

    static long tcpSessions(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT count(*) FROM pg_stat_activity"
                     + " WHERE backend_type = 'client backend' AND client_addr IS NOT NULL")) {
            row.next();
            return row.getLong(1);
        }
    }
}
