package dev.codebasemcp.application.service.jobs;

import dev.codebasemcp.application.port.in.ResolveProjectUseCase;
import dev.codebasemcp.application.port.out.ProjectConfigSource.ProjectConfig;
import dev.codebasemcp.application.port.out.ProjectConfigSource;
import dev.codebasemcp.domain.InvalidInputException;
import dev.codebasemcp.domain.project.ProjectId;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides which project a request belongs to, in this order: the explicit project id; the
 * {@code project_id} of the nearest {@value ProjectConfigSource#CONFIG_FILE} in the starting
 * directory or one of its parents; the configured default project; {@link ProjectId#DEFAULT}.
 */
public final class ProjectResolver implements ResolveProjectUseCase {

    public static final String CONFIG_FILE = ProjectConfigSource.CONFIG_FILE;

    private final ProjectId configuredDefault;
    private final ProjectConfigSource configs;

    /**
     * @param configuredDefault the default project from configuration, or null for "default"
     * @param configs           where configuration files are found
     */
    public ProjectResolver(ProjectId configuredDefault, ProjectConfigSource configs) {
        this.configuredDefault = configuredDefault == null ? ProjectId.DEFAULT : configuredDefault;
        this.configs = Objects.requireNonNull(configs, "configs");
    }

    /**
     * @param explicitProjectId the project the caller named, or null
     * @param startDirectory    where to start looking for the configuration file, or null
     * @throws InvalidInputException for a malformed explicit id or a configuration file that cannot be used
     */
    @Override
    public ProjectId resolve(String explicitProjectId, Path startDirectory) {
        if (explicitProjectId != null && !explicitProjectId.isBlank()) {
            return ProjectId.of(explicitProjectId.strip());
        }
        return Optional.ofNullable(startDirectory)
                .flatMap(configs::nearest)
                .map(ProjectResolver::projectIdIn)
                .orElse(configuredDefault);
    }

    private static ProjectId projectIdIn(ProjectConfig config) {
        try {
            return ProjectId.of(config.projectId());
        } catch (InvalidInputException e) {
            throw new InvalidInputException("project_id", e.getMessage() + " in " + config.file());
        }
    }
}
