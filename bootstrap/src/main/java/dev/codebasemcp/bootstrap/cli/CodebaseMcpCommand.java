package dev.codebasemcp.bootstrap.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code codebase-mcp} command; subcommands do the work. */
@Command(name = "codebase-mcp",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Indexes source repositories into PostgreSQL in the background and serves code search "
                + "over MCP (stdio), HTTP and this command line.")
public final class CodebaseMcpCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static CommandLine commandLine() {
        return new CommandLine(new CodebaseMcpCommand());
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
