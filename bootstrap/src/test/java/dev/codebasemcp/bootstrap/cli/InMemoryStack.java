package dev.codebasemcp.bootstrap.cli;

import dev.codebasemcp.application.port.out.InMemoryJobStore;
import dev.codebasemcp.application.port.out.InProcessJobQueueSignal;
import dev.codebasemcp.bootstrap.config.Settings;
import dev.codebasemcp.bootstrap.config.SettingsLoader;
import dev.codebasemcp.bootstrap.wiring.ApplicationFactory;
import dev.codebasemcp.bootstrap.wiring.ApplicationOptions;
import dev.codebasemcp.bootstrap.wiring.CodebaseMcpApplication;
import dev.codebasemcp.bootstrap.wiring.TestApplication;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine;

/**
 * The production wiring ({@link TestApplication}) over an in-memory job store, a {@link ScriptedIndexer}
 * and a {@link FixedCodeSearch}: every {@code open} gives a new application on the same jobs, as separate
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
        return TestApplication.inMemory(settings, new ScriptedIndexer(), new FixedCodeSearch(searchRepository))
                .withJobStore(jobStore).withSignal(signal).withEngineSettings(TestApplication.QUICK)
                .withOnWorkerStart(workerStarts::incrementAndGet).open(ApplicationOptions.NONE);
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
