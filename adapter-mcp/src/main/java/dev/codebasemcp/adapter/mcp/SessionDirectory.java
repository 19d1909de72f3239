package dev.codebasemcp.adapter.mcp;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The working directory of the MCP session, from which a project is resolved when a tool call
 * names none. A stdio server serves exactly one session, so one value per server is enough.
 */
final class SessionDirectory {

    private final AtomicReference<Path> directory;

    SessionDirectory(Path initial) {
        this.directory = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
    }

    Path get() {
        return directory.get();
    }

    /** @return the previous directory */
    Path set(Path next) {
        return directory.getAndSet(Objects.requireNonNull(next, "next"));
    }
}
