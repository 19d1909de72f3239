package dev.codebasemcp.bootstrap.wiring;

import dev.codebasemcp.application.port.in.SearchCodeUseCase;
import dev.codebasemcp.application.port.in.UseCases;
import dev.codebasemcp.application.port.out.FakeIndexer;
import dev.codebasemcp.application.port.out.InMemoryJobStore;
import dev.codebasemcp.application.port.out.InProcessJobQueueSignal;
import dev.codebasemcp.application.port.out.Indexer;
import dev.codebasemcp.application.port.out.JobStore;
import dev.codebasemcp.application.service.jobs.CancelIndexingService;
import dev.codebasemcp.application.service.jobs.GetIndexingStatusService;
import dev.codebasemcp.application.service.jobs.IndexingWorker;
import dev.codebasemcp.application.service.jobs.ListJobsService;
import dev.codebasemcp.application.service.jobs.ProjectResolver;
import dev.codebasemcp.application.service.jobs.StartIndexingService;
import dev.codebasemcp.bootstrap.config.Settings;
import dev.codebasemcp.bootstrap.config.SettingsLoader;
import dev.codebasemcp.bootstrap.filesystem.JsonProjectConfigFiles;
import dev.codebasemcp.bootstrap.filesystem.LocalPathInspector;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The real job services and worker over a given job store (in memory by default) and a fake
 * indexer, with a given search: the application the interfaces see, without the index database.
 */
final class InProcessApplication {

    private InProcessApplication() {
    }

    static CodebaseMcpApplication open(Path home, Map<String, String> environment, ApplicationOptions options,
                                       Indexer indexer, SearchCodeUseCase search) {
        return open(home, environment, options, new InMemoryJobStore(), indexer, search);
    }

    static CodebaseMcpApplication open(Path home, Map<String, String> environment, ApplicationOptions options,
                                       JobStore store, Indexer indexer, SearchCodeUseCase search) {
        Settings settings = new SettingsLoader(environment, home, home).load();
        Clock clock = Clock.systemUTC();
        InProcessJobQueueSignal signal = new InProcessJobQueueSignal();
        ProjectResolver projects = new ProjectResolver(settings.defaultProject(), new JsonProjectConfigFiles());
        UseCases useCases = new UseCases(
                new StartIndexingService(store, signal, settings.pathPolicy(), new LocalPathInspector(), projects, clock),
                new GetIndexingStatusService(store, clock),
                new ListJobsService(store, new LocalPathInspector(), clock),
                new CancelIndexingService(store, clock),
                projects,
                options.searchDecorator().apply(search));
        IndexingWorker worker = new IndexingWorker(store, options.indexerDecorator().apply(indexer), signal, clock,
                Wiring.jobEngineSettings(settings), IndexingWorker.newWorkerId());
        return new CodebaseMcpApplication(settings, useCases, new BackgroundWorker() {
            @Override
            public void start() {
                worker.start();
            }

            @Override
            public void stop() {
                worker.close();
            }
        }, List.of());
    }

    static CodebaseMcpApplication open(Path home, ApplicationOptions options, SearchCodeUseCase search) {
        return open(home, Map.of(), options, new FakeIndexer(3), search);
    }
}
