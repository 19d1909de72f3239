package dev.codebasemcp.bootstrap;

import dev.codebasemcp.bootstrap.cli.CodebaseMcpCommand;
import picocli.CommandLine;

/** Entry point of the runnable jar. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int exitCode = CodebaseMcpCommand.commandLine().execute(args);
        System.exit(exitCode);
    }
}
