package dev.codebasemcp.application.service.jobs;

import dev.codebasemcp.application.port.out.ProjectConfigSource;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Configuration files by directory, found upward as the real source finds them on disk. */
public final class InMemoryProjectConfigs implements ProjectConfigSource {

    private final Map<Path, String> projectIds = new HashMap<>();

    public InMemoryProjectConfigs with(Path directory, String projectId) {
        projectIds.put(directory.toAbsolutePath().normalize(), projectId);
        return this;
    }

    @Override
    public Optional<ProjectConfig> nearest(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            String projectId = projectIds.get(dir);
            if (projectId != null) {
                return Optional.of(new ProjectConfig(dir.resolve(CONFIG_FILE), projectId));
            }
        }
        return Optional.empty();
    }
}
