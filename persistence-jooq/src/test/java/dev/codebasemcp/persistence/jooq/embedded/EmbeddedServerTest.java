package dev.codebasemcp.persistence.jooq.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codebasemcp.domain.job.IndexingJob;
import dev.codebasemcp.domain.job.JobId;
import dev.codebasemcp.domain.project.ProjectId;
import dev.codebasemcp.persistence.jooq.database.Database;
import dev.codebasemcp.persistence.jooq.database.DatabaseFactory;
import dev.codebasemcp.persistence.jooq.database.DatabaseInfo;
import dev.codebasemcp.persistence.jooq.database.DatabaseSettings;
import dev.codebasemcp.persistence.jooq.job.PostgresJobStore;
import dev.codebasemcp.persistence.jooq.testing.Await;
import dev.codebasemcp.persistence.jooq.testing.Jdbc;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default: one server per CODEBASE_HOME, shared by processes, kept across restarts,
 * stopped by its last user or, with an idle period, by its keeper once unused that long.
 */
class EmbeddedServerTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    static Path home;

    @AfterAll
    static void stopServer() {
        DatabaseFactory.stopEmbedded(home);
    }

    @Test
    void dataSurvivesARestartAndTheLastUserStopsTheServerWhateverTheHomePathLooksLike() throws Exception {
        JobId id = JobId.random();
        try (Database database = open()) {
            new PostgresJobStore(database.dataSource()).insert(IndexingJob.pending(id, "/repos/kept", ProjectId.of("p"), false, Instant.now()));
            DatabaseInfo info = database.info();
            assertThat(info.embedded()).isTrue();
            assertThat(info.serverVersion()).startsWith("18.");
            assertThat(info.dataDirectory()).isEqualTo(home.resolve("postgres").resolve("data").toAbsolutePath());
            assertThat(info.jdbcUrl()).contains("/codebase");
            assertThat(info.migrations()).extracting(DatabaseInfo.AppliedMigration::version).startsWith("1", "2");
        }
        awaitServerStopped();

        Path sameHomeRelative = Path.of("").toAbsolutePath().relativize(home.resolve("sub").resolve(".."));
        try (Database database = DatabaseFactory.open(DatabaseSettings.embedded(sameHomeRelative))) {
            assertThat(new PostgresJobStore(database.dataSource()).findById(id)).isPresent();
        }
        awaitServerStopped();
    }

    @Test
    void aDbStopWhileTheDatabaseIsInUseIsUndoneAndThePoolReconnectsByItself() throws Exception {
        JobId id = JobId.random();
        try (Database database = open()) {
            database.keepEmbeddedServerRunning();
            PostgresJobStore store = new PostgresJobStore(database.jobDataSource());
            store.insert(IndexingJob.pending(id, "/repos/outlived", ProjectId.of("p"), false, Instant.now()));
            long before = runningServer().orElseThrow().pid();

            assertThat(DatabaseFactory.stopEmbedded(home)).isTrue();

            Await.until(TIMEOUT, "the server to be started again", () -> runningServer()
                    .filter(pidFile -> pidFile.pid() != before).isPresent());
            Await.until(TIMEOUT, "the pool to reconnect", () -> {
                try {
                    return store.findById(id).isPresent();
                } catch (RuntimeException stillDown) {
                    return false;
                }
            });
        }
        awaitServerStopped();
    }

    @Test
    void twoProcessesShareOneServerAndItStopsWhenBothLeft() throws Exception {
        Process child = startUser("/repos/from-child");
        try (Writer childInput = new OutputStreamWriter(child.getOutputStream(), StandardCharsets.UTF_8)) {
            String childUrl = awaitReady(child);
            long serverPid;
            try (Database database = open()) {
                assertThat(database.jdbcUrl()).isEqualTo(childUrl).contains("socketFactory=");
                assertThat(EmbeddedServerSocketTest.tcpSessions(database.dataSource())).isZero();
                assertThat(Jdbc.column(database.dataSource(), "SELECT repo_path FROM indexing_jobs WHERE project_id = 'child'"))
                        .contains("/repos/from-child");
                serverPid = runningServer().orElseThrow().pid();
            }
            assertThat(runningServer()).map(PostmasterPidFile::pid).contains(serverPid);

            letUserLeave(child, childInput);
        } finally {
            child.destroyForcibly();
        }
        awaitServerStopped();
    }

    @Test
    void aProcessThatCrashedLeavesNoLockBehind() throws Exception {
        Process child = startUser("/repos/crashed");
        awaitReady(child);
        child.destroyForcibly();
        child.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        assertThat(runningServer()).isPresent();

        try (Database database = open()) {
            assertThat(Jdbc.column(database.dataSource(), "SELECT repo_path FROM indexing_jobs")).contains("/repos/crashed");
        }
        awaitServerStopped();
    }

    @Test
    void aServerThatCrashedIsStartedAgain() throws Exception {
        try (Database database = open()) {
            ProcessHandle postmaster = runningServer().orElseThrow().process().orElseThrow();
            postmaster.destroyForcibly();
            postmaster.onExit().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        }

        try (Database database = open()) {
            assertThat(Jdbc.count(database.dataSource(), "SELECT 1")).isEqualTo(1);
        }
        awaitServerStopped();
    }

    @Test
    void stopEndsTheServerForEveryoneAndTheNextOpenStartsItOnTheSamePort() throws Exception {
        try (Database first = open()) {
            String url = first.jdbcUrl();

            assertThat(DatabaseFactory.stopEmbedded(home)).isTrue();
            assertThat(runningServer()).isEmpty();
            assertThat(DatabaseFactory.stopEmbedded(home)).isFalse();

            try (Database second = open()) {
                assertThat(second.jdbcUrl()).isEqualTo(url);
                Await.until(TIMEOUT, "the first pool to reconnect", () -> {
                    try {
                        return Jdbc.count(first.dataSource(), "SELECT 1") == 1;
                    } catch (java.sql.SQLException e) {
                        return false;
                    }
                });
            }
        }
        awaitServerStopped();
    }

    @Test
    void withoutAnIdlePeriodTheLastUserStopsTheServerAsItLeavesAndNoKeeperRuns() throws Exception {
        try (Database database = open()) {
            assertThat(runningServer()).isPresent();
            assertThat(keeperRuns()).isFalse();
        }
        assertThat(runningServer()).isEmpty();
    }

    @Test
    void theServerOutlivesItsLastUserForTheIdlePeriodThenStopsByItself() throws Exception {
        long serverPid;
        try (Database database = open(Duration.ofSeconds(3))) {
            serverPid = runningServer().orElseThrow().pid();
        }
        assertThat(runningServer()).map(PostmasterPidFile::pid).contains(serverPid);

        awaitServerStopped();
        awaitNoKeeper();
    }

    @Test
    void aSecondProcessWithinTheIdlePeriodReusesTheRunningServer() throws Exception {
        long serverPid;
        try (Database database = open(Duration.ofSeconds(60))) {
            serverPid = runningServer().orElseThrow().pid();
        }
        Process child = startUser("/repos/reused");
        try (Writer childInput = new OutputStreamWriter(child.getOutputStream(), StandardCharsets.UTF_8)) {
            awaitReady(child);
            assertThat(runningServer()).map(PostmasterPidFile::pid).contains(serverPid);

            letUserLeave(child, childInput);
        } finally {
            child.destroyForcibly();
        }
        // the child has no idle period: as the last user it stopped the server, and the keeper left with it
        assertThat(runningServer()).isEmpty();
        awaitNoKeeper();
    }

    @Test
    void stopEndsAServerKeptForItsIdlePeriodAndItsKeeper() throws Exception {
        try (Database database = open(Duration.ofSeconds(60))) {
            assertThat(Jdbc.count(database.dataSource(), "SELECT 1")).isEqualTo(1);
        }
        assertThat(runningServer()).isPresent();

        assertThat(DatabaseFactory.stopEmbedded(home)).isTrue();

        assertThat(runningServer()).isEmpty();
        awaitNoKeeper();
    }

    @Test
    void aKilledKeeperIsReplacedByTheNextProcessThatOpensTheDatabase() throws Exception {
        try (Database database = open(Duration.ofSeconds(60))) {
            Await.until(TIMEOUT, "the keeper to start", EmbeddedServerTest::keeperRuns);
            ProcessHandle keeper = ProcessHandle.allProcesses()
                    .filter(process -> process.info().arguments().map(List::of).orElse(List.of())
                            .contains(home.resolve("postgres").toAbsolutePath().toString()))
                    .findFirst().orElseThrow();
            keeper.destroyForcibly();
            keeper.onExit().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        }
        assertThat(keeperRuns()).isFalse();
        assertThat(runningServer()).isPresent();

        try (Database database = open(Duration.ofSeconds(1))) {
            Await.until(TIMEOUT, "a new keeper to start", EmbeddedServerTest::keeperRuns);
        }
        awaitServerStopped();
        awaitNoKeeper();
    }

    private static Database open() {
        return DatabaseFactory.open(DatabaseSettings.embedded(home));
    }

    private static Database open(Duration idle) {
        return DatabaseFactory.open(DatabaseSettings.embedded(home).withEmbeddedIdle(idle));
    }

    private static boolean keeperRuns() throws IOException {
        Path file = home.resolve("postgres").resolve("keeper.lock");
        if (!Files.exists(file)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE); FileLock free = channel.tryLock()) {
            return free == null;
        }
    }

    private static void awaitNoKeeper() throws Exception {
        Await.until(TIMEOUT, "the keeper of the embedded server to exit", () -> !keeperRuns());
    }

    private static Optional<PostmasterPidFile> runningServer() {
        return PostmasterPidFile.read(home.resolve("postgres").resolve("data")).filter(pidFile -> pidFile.process().isPresent());
    }

    private static void awaitServerStopped() throws Exception {
        Await.until(TIMEOUT, "the embedded server to stop", () -> runningServer().isEmpty());
    }

    private static Process startUser(String repoPath) throws Exception {
        return new ProcessBuilder(ChildJvm.command(EmbeddedDatabaseUser.class, "-Xmx256m", home.toString(), repoPath))
                .redirectError(ProcessBuilder.Redirect.appendTo(home.resolve("child.log").toFile()))
                .start();
    }

    private static void letUserLeave(Process child, Writer childInput) throws Exception {
        childInput.write("done\n");
        childInput.flush();
        assertThat(child.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isZero();
    }

    private static String awaitReady(Process child) throws Exception {
        BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line = output.readLine();
        assertThat(line).as("first line of the child process (its stderr is in child.log)").startsWith("READY ");
        return line.substring("READY ".length());
    }
}
