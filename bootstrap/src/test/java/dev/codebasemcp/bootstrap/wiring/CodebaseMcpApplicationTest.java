package dev.codebasemcp.bootstrap.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codebasemcp.application.port.in.UseCases;
import dev.codebasemcp.application.port.out.FakeIndexer;
import dev.codebasemcp.application.port.out.InMemoryJobStore;
import dev.codebasemcp.application.port.out.InProcessJobQueueSignal;
import dev.codebasemcp.application.port.out.JobQueueSignal;
import dev.codebasemcp.application.service.jobs.IndexingWorker;
import dev.codebasemcp.bootstrap.config.Settings;
import dev.codebasemcp.bootstrap.config.SettingsLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodebaseMcpApplicationTest {

    @TempDir
    Path home;

    private final List<String> events = new ArrayList<>();

    private CodebaseMcpApplication application(List<AutoCloseable> resources) {
        Settings settings = new SettingsLoader(Map.of("CODEBASE_HOME", home.toString()), home, home).load();
        UseCases useCases = new UseCases(command -> null, id -> null, query -> List.of(), id -> null,
                (project, directory) -> null, query -> null);
        IndexingWorker worker = new IndexingWorker(new InMemoryJobStore(), new FakeIndexer(1), new RecordingSignal(),
                Clock.systemUTC(), TestApplication.QUICK, IndexingWorker.newWorkerId());
        return new CodebaseMcpApplication(settings, useCases, worker, () -> events.add("process prepared"), resources);
    }

    /** The worker subscribes when it starts and unsubscribes when it stops. */
    private final class RecordingSignal implements JobQueueSignal {
        private final JobQueueSignal signal = new InProcessJobQueueSignal();

        @Override
        public void jobQueued() {
            signal.jobQueued();
        }

        @Override
        public AutoCloseable subscribe(Runnable listener) {
            events.add("worker started");
            AutoCloseable subscription = signal.subscribe(listener);
            return () -> {
                events.add("worker stopped");
                subscription.close();
            };
        }
    }

    private CodebaseMcpApplication application() {
        return application(List.of(() -> events.add("pool closed"), () -> events.add("listener closed")));
    }

    @Test
    void closeStopsTheWorkerFirstThenClosesResourcesInReverseOrder() {
        CodebaseMcpApplication application = application();
        application.startWorker();

        application.close();

        assertThat(events)
                .containsExactly("process prepared", "worker started", "worker stopped", "listener closed", "pool closed");
    }

    @Test
    void startingTwiceStartsOnceAndClosingTwiceClosesOnce() {
        CodebaseMcpApplication application = application();
        application.startWorker();
        application.startWorker();

        application.close();
        application.close();

        assertThat(events)
                .containsExactly("process prepared", "worker started", "worker stopped", "listener closed", "pool closed");
    }

    @Test
    void aWorkerThatNeverStartedIsNotStopped() {
        application().close();

        assertThat(events).containsExactly("listener closed", "pool closed");
    }

    @Test
    void aFailingResourceDoesNotKeepTheOthersOpen() {
        CodebaseMcpApplication application = application(List.of(() -> events.add("pool closed"), () -> {
            throw new IllegalStateException("listener already gone");
        }));

        application.close();

        assertThat(events).containsExactly("pool closed");
    }

    @Test
    void aClosedApplicationRefusesToStartItsWorker() {
        CodebaseMcpApplication application = application();
        application.close();

        assertThatThrownBy(application::startWorker).isInstanceOf(IllegalStateException.class);
    }
}
