package dev.codebasemcp.bootstrap.cli;

import picocli.CommandLine.Option;

/** The {@code --json} option every command has. */
public final class JsonOutputOption {

    @Option(names = "--json", description = "Print machine-readable JSON on stdout instead of text.")
    boolean enabled;

    public boolean enabled() {
        return enabled;
    }
}
