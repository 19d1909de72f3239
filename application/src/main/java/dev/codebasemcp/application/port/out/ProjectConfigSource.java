package dev.codebasemcp.application.port.out;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** Finds the project configuration file ({@value #CONFIG_FILE}) that applies to a directory. */
public interface ProjectConfigSource {

    String CONFIG_FILE = ".codebase-mcp/config.json";

    /**
     * The configuration file in {@code start} or the closest of its parents that has one.
     *
     * @return empty when no directory from {@code start} upward has one
     * @throws dev.codebasemcp.domain.InvalidInputException (field {@code project_id}) when the nearest file
     *         cannot be read, is too large or too deeply nested, is not a JSON object or has no string {@code project_id}
     */
    Optional<ProjectConfig> nearest(Path start);

    /**
     * @param file      the configuration file read
     * @param projectId its {@code project_id} member, as written
     */
    record ProjectConfig(Path file, String projectId) {
        public ProjectConfig {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(projectId, "projectId");
        }
    }
}
