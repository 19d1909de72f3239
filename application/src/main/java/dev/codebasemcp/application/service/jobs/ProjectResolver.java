package dev.codebasemcp.application.service.jobs;

import dev.codebasemcp.domain.InvalidInputException;
import dev.codebasemcp.domain.project.ProjectId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Decides which project a request belongs to, in this order: the explicit project id; the
 * {@code project_id} of the nearest {@value #CONFIG_FILE} in the starting directory or one of its
 * parents; the configured default project; {@link ProjectId#DEFAULT}.
 */
public final class ProjectResolver {

    public static final String CONFIG_FILE = ".codebase-mcp/config.json";

    private final ProjectId configuredDefault;

    /** @param configuredDefault the default project from configuration, or null for "default" */
    public ProjectResolver(ProjectId configuredDefault) {
        this.configuredDefault = configuredDefault == null ? ProjectId.DEFAULT : configuredDefault;
    }

    /**
     * @param explicitProjectId the project the caller named, or null
     * @param startDirectory    where to start looking for the configuration file, or null
     * @throws InvalidInputException for a malformed explicit id or a configuration file that cannot be read
     */
    public ProjectId resolve(String explicitProjectId, Path startDirectory) {
        if (explicitProjectId != null && !explicitProjectId.isBlank()) {
            return ProjectId.of(explicitProjectId.strip());
        }
        return Optional.ofNullable(startDirectory)
                .flatMap(ProjectResolver::nearestConfigFile)
                .map(ProjectResolver::projectIdIn)
                .orElse(configuredDefault);
    }

    /** The configuration file in {@code start} or the closest of its parents that has one. */
    static Optional<Path> nearestConfigFile(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(CONFIG_FILE);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static ProjectId projectIdIn(Path configFile) {
        Map<String, Object> config;
        try {
            config = JsonObjectReader.read(Files.readString(configFile, StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidInputException("project_id", "Cannot read project configuration " + configFile + ": "
                    + e.getMessage() + " (expected a JSON object such as {\"project_id\": \"my-project\"})");
        }
        Object value = config.get("project_id");
        if (!(value instanceof String text)) {
            throw new InvalidInputException("project_id", "Project configuration " + configFile
                    + " has no string member \"project_id\" (expected {\"project_id\": \"my-project\"})");
        }
        try {
            return ProjectId.of(text);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("project_id", e.getMessage() + " in " + configFile);
        }
    }
}
