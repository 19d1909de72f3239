package dev.codebasemcp.application.port.out;

import dev.codebasemcp.domain.project.ProjectId;

/**
 * Thrown by {@link JobStore#insert} when the project and repository already have a pending or
 * running job: there is at most one active job per repository, and the store enforces it even when
 * two processes queue the same repository at the same moment.
 */
public final class ActiveJobExistsException extends IllegalStateException {

    private final ProjectId projectId;
    private final String repoPath;

    public ActiveJobExistsException(ProjectId projectId, String repoPath) {
        super("Project " + projectId + " already has a pending or running job for " + repoPath);
        this.projectId = projectId;
        this.repoPath = repoPath;
    }

    public ProjectId projectId() {
        return projectId;
    }

    public String repoPath() {
        return repoPath;
    }
}
