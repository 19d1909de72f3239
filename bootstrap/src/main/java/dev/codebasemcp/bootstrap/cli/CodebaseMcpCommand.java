package dev.codebasemcp.bootstrap.cli;

import dev.codebasemcp.bootstrap.config.Settings;
import dev.codebasemcp.bootstrap.wiring.ApplicationFactory;
import dev.codebasemcp.bootstrap.wiring.ApplicationOptions;
import dev.codebasemcp.bootstrap.wiring.CodebaseMcpApplication;
import dev.codebasemcp.bootstrap.wiring.LogLevels;
import java.util.Objects;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The top-level {@code codebase-mcp} command; subcommands do the work. Subcommands reach the
 * settings and the application through {@link #settings()} and {@link #openApplication()}, which
 * load and validate the configuration only when a command needs it (so {@code --help} always works).
 */
@Command(name = "codebase-mcp",
        scope = CommandLine.ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Indexes source repositories into PostgreSQL in the background and serves code search "
                + "over MCP (stdio), HTTP and this command line.",
        subcommands = {IndexCommand.class, StatusCommand.class, JobsCommand.class, CancelCommand.class, SearchCommand.class,
                ServeCommand.class, McpCommand.class, DbCommand.class,
                CommandLine.HelpCommand.class})
public final class CodebaseMcpCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private final Supplier<Settings> settingsSource;
    private final ApplicationFactory applicationFactory;
    private final Terminals terminals;
    private Settings settings;

    public CodebaseMcpCommand(Supplier<Settings> settingsSource, ApplicationFactory applicationFactory,
                              Terminals terminals) {
        this.settingsSource = Objects.requireNonNull(settingsSource, "settingsSource");
        this.applicationFactory = Objects.requireNonNull(applicationFactory, "applicationFactory");
        this.terminals = Objects.requireNonNull(terminals, "terminals");
    }

    /** The command line of this process: its streams decide about progress bars and colour. */
    public static CommandLine commandLine(Supplier<Settings> settingsSource, ApplicationFactory applicationFactory) {
        return commandLine(settingsSource, applicationFactory, Terminals.detect());
    }

    /** The command line with its exit-code and error handling, for the given configuration, stack and streams. */
    public static CommandLine commandLine(Supplier<Settings> settingsSource, ApplicationFactory applicationFactory,
                                          Terminals terminals) {
        CommandLine commandLine = new CommandLine(new CodebaseMcpCommand(settingsSource, applicationFactory, terminals));
        commandLine.setExecutionExceptionHandler(new CliErrorHandler());
        return commandLine;
    }

    /** Which standard streams are terminals. */
    public Terminals terminals() {
        return terminals;
    }

    /** The validated settings, loaded on first use; the log level is applied on the way. */
    public synchronized Settings settings() {
        if (settings == null) {
            settings = settingsSource.get();
            LogLevels.apply(shortLived() && settings.logLevel().equals("INFO") ? "WARN" : settings.logLevel());
        }
        return settings;
    }

    private boolean shortLived() {
        CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
        while (parsed != null && parsed.hasSubcommand()) {
            parsed = parsed.subcommand();
        }
        return parsed != null && parsed.commandSpec().userObject() instanceof ShortLivedCommand;
    }

    /** Opens the database and builds every use case; the caller closes it. The worker is not started. */
    public CodebaseMcpApplication openApplication() {
        return openApplication(ApplicationOptions.NONE);
    }

    /** As {@link #openApplication()}, with the indexer and search wrapped as {@code options} say (metrics). */
    public CodebaseMcpApplication openApplication(ApplicationOptions options) {
        return applicationFactory.open(settings(), options);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
