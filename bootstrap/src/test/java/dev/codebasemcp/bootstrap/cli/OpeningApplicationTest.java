package dev.codebasemcp.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codebasemcp.application.port.in.ListJobsQuery;
import dev.codebasemcp.application.port.in.StartIndexingCommand;
import dev.codebasemcp.bootstrap.wiring.CodebaseMcpApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpeningApplicationTest {

    @TempDir
    Path home;

    @Test
    void callsWaitUntilTheApplicationIsOpen() throws Exception {
        InMemoryStack stack = new InMemoryStack(home, home);
        CountDownLatch mayOpen = new CountDownLatch(1);
        Path repo = Files.createDirectory(home.resolve("repo"));
        try (OpeningApplication opening = OpeningApplication.start(() -> {
            awaitQuietly(mayOpen);
            return stack.open(stack.settings);
        })) {
            AtomicReference<Object> started = new AtomicReference<>();
            Thread caller = Thread.ofPlatform().start(() -> started.set(opening.start(StartIndexingCommand.of(repo.toString()))));

            assertThat(caller.join(java.time.Duration.ofMillis(100))).as("still waiting for the database").isFalse();
            mayOpen.countDown();
            assertThat(caller.join(java.time.Duration.ofSeconds(10))).isTrue();
            assertThat(started.get()).isNotNull();
            assertThat(opening.list(ListJobsQuery.all())).hasSize(1);
        }
    }

    @Test
    void aFailedOpeningIsReportedByEveryCall() {
        try (OpeningApplication opening = OpeningApplication.start(() -> {
            throw new IllegalStateException("connection to 127.0.0.1:5432 refused");
        })) {
            assertThatThrownBy(() -> opening.list(ListJobsQuery.all()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("codebase-mcp could not open its database: connection to 127.0.0.1:5432 refused");
        }
    }

    @Test
    void closingStopsTheWorkerOfTheOpenedApplication() {
        InMemoryStack stack = new InMemoryStack(home, home);
        AtomicReference<CodebaseMcpApplication> opened = new AtomicReference<>();
        OpeningApplication opening = OpeningApplication.start(() -> {
            CodebaseMcpApplication application = stack.open(stack.settings);
            application.startWorker();
            opened.set(application);
            return application;
        });
        opening.list(ListJobsQuery.all());

        opening.close();

        assertThat(opened.get().workerRunning()).isFalse();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
