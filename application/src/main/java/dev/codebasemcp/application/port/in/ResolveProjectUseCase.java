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

    /**
     * The project a search is limited to: none when the caller names a repository and no project
     * (the repository alone decides), else the resolved project.
     *
     * @return the project id, or null to search the named repository in whatever project holds it
     */
    default String projectForSearch(String explicitProjectId, String repoPath, Path workingDirectory) {
        boolean byRepositoryAlone = (explicitProjectId == null || explicitProjectId.isBlank())
                && repoPath != null && !repoPath.isBlank();
        return byRepositoryAlone ? null : resolve(explicitProjectId, workingDirectory).value();
    }
}
