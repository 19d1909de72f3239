package dev.codebasemcp.bootstrap.filesystem;

import dev.codebasemcp.application.port.out.ProjectConfigSource;
import dev.codebasemcp.domain.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads {@value ProjectConfigSource#CONFIG_FILE} files with Jackson. The file lies in a repository
 * anyone may have written, so its size and nesting are capped before it is parsed: a deeply nested
 * document cannot overflow the stack and a huge one is not read.
 */
public final class JsonProjectConfigFiles implements ProjectConfigSource {

    static final int MAX_BYTES = 64 * 1024;
    static final int MAX_DEPTH = 16;
    private static final String EXAMPLE = " (expected a JSON object such as {\"project_id\": \"my-project\"})";

    private final JsonMapper mapper = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxDocumentLength(MAX_BYTES)
                    .build())
            .build()).build();

    @Override
    public Optional<ProjectConfig> nearest(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(CONFIG_FILE);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(new ProjectConfig(candidate, projectIdIn(candidate)));
            }
        }
        return Optional.empty();
    }

    private String projectIdIn(Path file) {
        JsonNode config;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw unusable(file, "it is " + size + " bytes long; at most " + MAX_BYTES + " are read");
            }
            config = mapper.readTree(Files.readAllBytes(file));
        } catch (IOException | JacksonException e) {
            throw unusable(file, e.getMessage());
        }
        if (config == null || !config.isObject()) {
            throw unusable(file, "it is not a JSON object");
        }
        JsonNode value = config.get("project_id");
        if (value == null || !value.isString()) {
            throw new InvalidInputException("project_id", "Project configuration " + file
                    + " has no string member \"project_id\"" + EXAMPLE);
        }
        return value.asString();
    }

    private static InvalidInputException unusable(Path file, String reason) {
        return new InvalidInputException("project_id", "Cannot read project configuration " + file + ": " + reason + EXAMPLE);
    }
}
