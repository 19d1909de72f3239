package dev.codebasemcp.bootstrap.cli;

import dev.codebasemcp.application.port.in.UseCases;
import dev.codebasemcp.application.port.out.InMemoryJobStore;
import dev.codebasemcp.application.port.out.InProcessJobQueueSignal;
import dev.codebasemcp.application.service.SearchCodeService;
import dev.codebasemcp.application.service.jobs.IndexingWorker;
import dev.codebasemcp.application.service.jobs.JobEngine;
import dev.codebasemcp.application.service.jobs.JobEngineSettings;
import dev.codebasemcp.application.service.jobs.ProjectResolver;
import dev.codebasemcp.bootstrap.config.Settings;
import dev.codebasemcp.bootstrap.config.SettingsLoader;
import dev.codebasemcp.bootstrap.filesystem.JsonProjectConfigFiles;
import dev.codebasemcp.bootstrap.filesystem.LocalPathInspector;
import dev.codebasemcp.bootstrap.wiring.ApplicationFactory;
import dev.codebasemcp.bootstrap.wiring.BackgroundWorker;
import dev.codebasemcp.bootstrap.wiring.CodebaseMcpApplication;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine;

/**
 * The real job services and worker over an in-memory job store, a {@link ScriptedIndexer} and a
 * {@link FixedCodeSearch}: every {@code open} gives a new application on the same jobs, as separate
 * CLI invocations on one database would see them.
 */
final class InMemoryStack {

    final InMemoryJobStore jobStore = new InMemoryJobStore();
    final InProcessJobQueueSignal signal = new InProcessJobQueueSignal();
    final AtomicInteger workerStarts = new AtomicInteger();
    final Settings settings;
    private final Path searchRepository;

    InMemoryStack(Path home, Path searchRepository) {
        this.settings = new SettingsLoader(Map.of("CODEBASE_HOME", home.toString()), home, home).load();
        this.searchRepository = searchRepository;
    }

    ApplicationFactory factory() {
        return (settings, options) -> open(settings);
    }

    CodebaseMcpApplication open(Settings settings) {
        Clock clock = Clock.systemUTC();
        JobEngineSettings engineSettings = JobEngineSettings.defaults().withPollInterval(Duration.ofMillis(50))
                .withLease(Duration.ofSeconds(10), Duration.ofMillis(200), Duration.ofMillis(50))
                .withShutdownGrace(Duration.ofSeconds(5));
        ProjectResolver projects = new ProjectResolver(settings.defaultProject(), new JsonProjectConfigFiles());
        JobEngine engine = JobEngine.create(jobStore, signal, new ScriptedIndexer(), clock, engineSettings,
                projects, new LocalPathInspector());
        UseCases useCases = new UseCases(engine.start(), engine.status(), engine.list(), engine.cancel(), projects,
                new SearchCodeService(new FixedCodeSearch(searchRepository), new LocalPathInspector()));
        IndexingWorker worker = engine.worker();
        return new CodebaseMcpApplication(settings, useCases, new BackgroundWorker() {
            @Override
            public void start() {
                workerStarts.incrementAndGet();
                worker.start();
            }

            @Override
            public void stop() {
                worker.close();
            }
        }, List.of());
    }

    CliRun run(String... args) {
        return CliRun.run(CodebaseMcpCommand.commandLine(() -> settings, factory(), Terminals.NONE), args);
    }

    /** The outcome of one command line. */
    record CliRun(int exitCode, String out, String err) {

        static CliRun run(CommandLine commandLine, String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            commandLine.setOut(new PrintWriter(out, true));
            commandLine.setErr(new PrintWriter(err, true));
            int exitCode = commandLine.execute(args);
            return new CliRun(exitCode, out.toString(), err.toString());
        }
    }
}
