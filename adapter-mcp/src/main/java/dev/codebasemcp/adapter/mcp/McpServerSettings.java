package dev.codebasemcp.adapter.mcp;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * @param serverVersion           the version the server announces at initialization
 * @param workingDirectory        the session's working directory until set_working_directory changes it
 * @param clock                   time source for index_repository's wait
 * @param statusPollInterval      how often index_repository looks at its job while waiting
 */
public record McpServerSettings(String serverVersion, Path workingDirectory, Clock clock, Duration statusPollInterval) {

    public McpServerSettings {
        Objects.requireNonNull(serverVersion, "serverVersion");
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(statusPollInterval, "statusPollInterval");
        if (!workingDirectory.isAbsolute()) {
            throw new IllegalArgumentException("workingDirectory must be absolute: " + workingDirectory);
        }
    }

    /** The process's directory, the system clock and a half-second poll. */
    public static McpServerSettings defaults(String serverVersion) {
        return new McpServerSettings(serverVersion, Path.of("").toAbsolutePath(), Clock.systemUTC(),
                Duration.ofMillis(500));
    }
}
