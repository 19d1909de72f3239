package dev.codebasemcp.persistence.jooq.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codebasemcp.application.port.out.StoreUnavailableException;
import dev.codebasemcp.persistence.jooq.testing.TestDatabaseExtension;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class StoreFailuresTest {

    @RegisterExtension
    static final TestDatabaseExtension DATABASE = TestDatabaseExtension.migrated();

    @Test
    void aRollbackOnAConnectionTheServerEndedKeepsTheOriginalCauseAndIsAConnectionFailure() throws SQLException {
        SQLException original;
        try (Connection victim = DATABASE.dataSource().getConnection();
             Statement statement = victim.createStatement()) {
            victim.setAutoCommit(false);
            statement.execute("SELECT 1");
            terminate(backendPid(victim));
            try {
                statement.execute("SELECT 2");
                throw new AssertionError("the ended session answered");
            } catch (SQLException e) {
                original = e;
                StoreFailures.rollbackAfter(victim, e);
            }
        }

        assertThat(original.getSQLState()).startsWith("57P");
        assertThat(original.getSuppressed()).isNotEmpty();
        RuntimeException translated = StoreFailures.translate("writing", original, IllegalStateException::new);
        assertThat(translated).isInstanceOf(StoreUnavailableException.class).hasCause(original);
    }

    @Test
    void aClosedConnectionWithoutStateIsAConnectionFailureEvenWhenItHidesTheCause() {
        SQLException closed = new SQLException("Connection is closed");
        RuntimeException wrapped = new IllegalStateException("rollback failed", closed);

        assertThat(StoreFailures.isConnectionLost(wrapped)).isTrue();
    }

    @Test
    void aDuplicateRelationNameFromAConcurrentSessionIsTransientAndASyntaxErrorIsNot() {
        SQLException race = new SQLException(
                "duplicate key value violates unique constraint \"pg_class_relname_nsp_index\"", "23505");
        SQLException syntax = new SQLException("syntax error at or near \"SELEC\"", "42601");

        assertThat(StoreFailures.translate("publishing", race, IllegalStateException::new))
                .isInstanceOf(StoreUnavailableException.class);
        assertThat(StoreFailures.translate("publishing", syntax, IllegalStateException::new))
                .isExactlyInstanceOf(IllegalStateException.class);
    }

    @Test
    void aReadRightAfterItsPooledConnectionWasEndedIsRetriedOnAFreshOne() {
        AtomicInteger attempts = new AtomicInteger();

        String answer = StoreFailures.read("reading", () -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException(new SQLException("terminating connection", "57P01"));
            }
            return "fresh";
        });

        assertThat(answer).isEqualTo("fresh");
        assertThat(attempts).hasValue(2);
    }

    private static int backendPid(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             var row = statement.executeQuery("SELECT pg_backend_pid()")) {
            row.next();
            return row.getInt(1);
        }
    }

    private static void terminate(int pid) throws SQLException {
        try (Connection admin = DATABASE.dataSource().getConnection();
             Statement statement = admin.createStatement()) {
            statement.execute("SELECT pg_terminate_backend(" + pid + ", 10000)");
        }
    }
}
