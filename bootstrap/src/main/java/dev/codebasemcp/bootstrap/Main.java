package dev.codebasemcp.bootstrap;

import dev.codebasemcp.bootstrap.cli.CodebaseMcpCommand;
import dev.codebasemcp.bootstrap.config.SettingsLoader;
import dev.codebasemcp.bootstrap.wiring.Wiring;

/** Entry point of the runnable jar. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int exitCode = CodebaseMcpCommand.commandLine(() -> SettingsLoader.forThisProcess().load(), Wiring::open)
                .execute(args);
        System.exit(exitCode);
    }
}
