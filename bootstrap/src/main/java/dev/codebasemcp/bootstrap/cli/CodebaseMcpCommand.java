package dev.codebasemcp.bootstrap.cli;

import dev.codebasemcp.bootstrap.config.Settings;
import dev.codebasemcp.bootstrap.wiring.ApplicationFactory;
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
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Indexes source repositories into PostgreSQL in the background and serves code search "
                + "over MCP (stdio), HTTP and this command line.",
        subcommands = {CommandLine.HelpCommand.class})
public final class CodebaseMcpCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private final Supplier<Settings> settingsSource;
    private final ApplicationFactory applicationFactory;
    private Settings settings;

    public CodebaseMcpCommand(Supplier<Settings> settingsSource, ApplicationFactory applicationFactory) {
        this.settingsSource = Objects.requireNonNull(settingsSource, "settingsSource");
        this.applicationFactory = Objects.requireNonNull(applicationFactory, "applicationFactory");
    }

    /** The command line with its exit-code and error handling, for the given configuration and stack. */
    public static CommandLine commandLine(Supplier<Settings> settingsSource, ApplicationFactory applicationFactory) {
        CommandLine commandLine = new CommandLine(new CodebaseMcpCommand(settingsSource, applicationFactory));
        commandLine.setExecutionExceptionHandler(new CliErrorHandler());
        return commandLine;
    }

    /** The validated settings, loaded on first use; the log level is applied on the way. */
    public synchronized Settings settings() {
        if (settings == null) {
            settings = settingsSource.get();
            LogLevels.apply(settings.logLevel());
        }
        return settings;
    }

    /** Opens the database and builds every use case; the caller closes it. The worker is not started. */
    public CodebaseMcpApplication openApplication() {
        return applicationFactory.open(settings());
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
