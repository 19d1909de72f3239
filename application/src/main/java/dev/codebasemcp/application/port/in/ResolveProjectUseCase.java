package dev.codebasemcp.application.port.in;

import dev.codebasemcp.domain.project.ProjectId;
import java.nio.file.Path;

/**
 * Tells which project a request without an explicit id belongs to: the explicit id, else the
 * nearest {@code .codebase-mcp/config.json} from the working directory upward, else the configured
 * default, else {@code default}.
 */
public interface ResolveProjectUseCase {

    /**
     * @param explicitProjectId the project the caller named, or null
     * @param workingDirectory  where to start looking for the configuration file, or null
     * @throws dev.codebasemcp.domain.InvalidInputException for a malformed id or an unreadable configuration file
     */
    ProjectId resolve(String explicitProjectId, Path workingDirectory);
}
