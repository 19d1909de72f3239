package dev.codebasemcp.bootstrap.wiring;

import dev.codebasemcp.bootstrap.config.Settings;

/** Builds the whole application from settings, in plain Java: database, stores, services, worker. */
public final class Wiring {

    private Wiring() {
    }

    public static CodebaseMcpApplication open(Settings settings) {
        throw new IllegalStateException("The database adapter is not wired in this build yet");
    }
}
