package dev.codebasemcp.adapter.mcp;

import dev.codebasemcp.application.port.out.ProjectConfigSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds configuration files upward on disk; reads only the one-line files these tests write. */
final class SimpleProjectConfigs implements ProjectConfigSource {

    private static final Pattern PROJECT_ID = Pattern.compile("\"project_id\"\\s*:\\s*\"([^\"]*)\"");

    @Override
    public Optional<ProjectConfig> nearest(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path file = dir.resolve(CONFIG_FILE);
            if (Files.isRegularFile(file)) {
                try {
                    Matcher matcher = PROJECT_ID.matcher(Files.readString(file));
                    return matcher.find() ? Optional.of(new ProjectConfig(file, matcher.group(1))) : Optional.empty();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return Optional.empty();
    }
}
