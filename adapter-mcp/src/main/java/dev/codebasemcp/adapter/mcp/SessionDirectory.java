package dev.codebasemcp.adapter.mcp;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The working directory of each MCP session, from which a project is resolved when a tool call
 * names none. A stdio server has one session; over HTTP every client session has its own, so one
 * assistant's set_working_directory never moves another's.
 */
final class SessionDirectory {

    private static final int MAX_SESSIONS = 10_000;

    private final Path initial;
    private final Map<String, Path> directories = Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Path> eldest) {
            return size() > MAX_SESSIONS;
        }
    });

    SessionDirectory(Path initial) {
        this.initial = Objects.requireNonNull(initial, "initial");
    }

    Path get(String sessionId) {
        return directories.getOrDefault(sessionId, initial);
    }

    /** @return the session's previous directory */
    Path set(String sessionId, Path next) {
        Path previous = directories.put(sessionId, Objects.requireNonNull(next, "next"));
        return previous == null ? initial : previous;
    }
}
