package dev.codebasemcp.bootstrap.wiring;

import dev.codebasemcp.bootstrap.config.Settings;

/** Opens the application for the given settings; the CLI receives one so tests can substitute the stack. */
@FunctionalInterface
public interface ApplicationFactory {

    CodebaseMcpApplication open(Settings settings, ApplicationOptions options);
}
