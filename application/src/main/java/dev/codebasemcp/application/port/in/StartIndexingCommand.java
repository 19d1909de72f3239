package dev.codebasemcp.application.port.in;

import java.nio.file.Path;

/**
 * @param repoPath         the repository as the user wrote it; validated by the path policy
 * @param projectId        explicit project, or null to resolve it from the working directory and defaults
 * @param workingDirectory the caller's directory for project resolution, or null
 * @param forceReindex     rebuild everything instead of reusing unchanged files
 */
public record StartIndexingCommand(String repoPath, String projectId, Path workingDirectory, boolean forceReindex) {

    public static StartIndexingCommand of(String repoPath) {
        return new StartIndexingCommand(repoPath, null, null, false);
    }
}
