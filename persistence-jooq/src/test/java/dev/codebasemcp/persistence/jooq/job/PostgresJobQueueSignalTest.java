package dev.codebasemcp.persistence.jooq.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.codebasemcp.application.port.out.JobQueueSignal;
import dev.codebasemcp.application.port.out.JobQueueSignalContractTest;
import dev.codebasemcp.persistence.jooq.database.DirectConnections;
import dev.codebasemcp.persistence.jooq.testing.Await;
import dev.codebasemcp.persistence.jooq.testing.Jdbc;
import dev.codebasemcp.persistence.jooq.testing.TestDatabaseExtension;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The contract over two processes' worth of signals, plus what LISTEN/NOTIFY adds: reconnecting, and no database. */
class PostgresJobQueueSignalTest extends JobQueueSignalContractTest {

    @RegisterExtension
    static final TestDatabaseExtension DATABASE = TestDatabaseExtension.migrated();

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private String applicationName;
    private PostgresJobQueueSignal listening;
    private PostgresJobQueueSignal otherProcess;

    @BeforeEach
    void createSignals() {
        applicationName = "listener-" + UUID.randomUUID().toString().substring(0, 8);
        String url = DATABASE.jdbcUrl() + (DATABASE.jdbcUrl().contains("?") ? "&" : "?") + "ApplicationName=" + applicationName;
        listening = new PostgresJobQueueSignal(DATABASE.dataSource(), DirectConnections.of(url, null, null));
        otherProcess = new PostgresJobQueueSignal(DATABASE.dataSource(), DirectConnections.of(DATABASE.jdbcUrl(), null, null));
    }

    @AfterEach
    void closeSignals() {
        listening.close();
        otherProcess.close();
    }

    @Override
    protected JobQueueSignal receiver() {
        return listening;
    }

    @Override
    protected JobQueueSignal sender() {
        return otherProcess;
    }

    @Override
    protected void awaitSubscriptionsActive() throws Exception {
        awaitListenerSession(-1);
    }

    @Test
    void listenerReconnectsAfterItsConnectionWasKilled() throws Exception {
        CountDownLatch woken = new CountDownLatch(1);
        listening.subscribe(woken::countDown);
        int firstSession = awaitListenerSession(-1);

        Jdbc.execute(DATABASE.dataSource(), "SELECT pg_terminate_backend(" + firstSession + ")");
        int secondSession = awaitListenerSession(firstSession);
        otherProcess.jobQueued();

        assertThat(secondSession).isNotEqualTo(firstSession);
        assertThat(woken.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void jobQueuedWithoutADatabaseDoesNotThrow() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(DATABASE.jdbcUrl());
        HikariDataSource closedPool = new HikariDataSource(config);
        closedPool.close();
        PostgresJobQueueSignal signal = new PostgresJobQueueSignal(closedPool, DirectConnections.of(DATABASE.jdbcUrl(), null, null));

        assertThatCode(signal::jobQueued).doesNotThrowAnyException();
        signal.close();
    }

    /** The pid of the listener's session once it has run LISTEN, other than {@code previous}. */
    private int awaitListenerSession(int previous) throws Exception {
        return Await.value(TIMEOUT, "a listening session of " + applicationName, () -> {
            List<String> pids = Jdbc.column(DATABASE.dataSource(),
                    "SELECT pid FROM pg_stat_activity WHERE application_name = '" + applicationName + "'"
                            + " AND query LIKE 'LISTEN%' AND state = 'idle' AND pid <> " + previous);
            return pids.stream().findFirst().map(Integer::parseInt);
        });
    }
}
