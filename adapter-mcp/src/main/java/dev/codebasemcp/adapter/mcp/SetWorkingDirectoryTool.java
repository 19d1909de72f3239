package dev.codebasemcp.adapter.mcp;

import static dev.codebasemcp.adapter.mcp.JsonSchemas.object;
import static dev.codebasemcp.adapter.mcp.JsonSchemas.properties;
import static dev.codebasemcp.adapter.mcp.JsonSchemas.string;

import dev.codebasemcp.application.port.in.ResolveProjectUseCase;
import dev.codebasemcp.domain.InvalidInputException;
import dev.codebasemcp.domain.project.ProjectId;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code set_working_directory}: the session's directory from which projects are resolved. */
final class SetWorkingDirectoryTool implements McpTool {

    static final String NAME = "set_working_directory";
    static final String TITLE = "Set the session's working directory";
    static final String DIRECTORY = "directory";

    private final SessionDirectory session;
    private final ResolveProjectUseCase resolveProject;

    SetWorkingDirectoryTool(SessionDirectory session, ResolveProjectUseCase resolveProject) {
        this.session = session;
        this.resolveProject = resolveProject;
    }

    @Override
    public McpSchema.Tool definition() {
        return McpSchema.Tool.builder()
                .name(NAME)
                .title(TITLE)
                .description("Sets the directory this session works in, usually the root of the project the user "
                        + "is working on. Tools called without project_id resolve the project from it: the nearest "
                        + ".codebase-mcp/config.json ({\"project_id\": \"...\"}) in it or a parent directory, then "
                        + "CODEBASE_DEFAULT_PROJECT, then 'default'. Until set, it is the directory the server was "
                        + "started in.")
                .inputSchema(object(properties(DIRECTORY,
                        string("Absolute path of an existing directory, e.g. /home/alice/src/shop")), List.of(DIRECTORY)))
                .outputSchema(object(properties(
                        "working_directory", string("The new working directory (absolute, symbolic links resolved)"),
                        "previous_directory", string("The working directory before this call"),
                        "project_id", string("The project that tools called without project_id now use"),
                        "message", string("What changed, in one sentence")),
                        List.of("working_directory", "previous_directory", "project_id", "message")))
                .annotations(ToolHints.additive(TITLE, true))
                .build();
    }

    @Override
    public ToolOutcome handle(ToolCall call) {
        Path directory = validate(call.arguments().requiredString(DIRECTORY));
        ProjectId project = resolveProject.resolve(null, directory);
        Path previous = session.set(call.sessionId(), directory);
        String message = "Working directory set to " + directory + "; project " + project + ".";
        Map<String, Object> structured = new LinkedHashMap<>();
        structured.put("working_directory", directory.toString());
        structured.put("previous_directory", previous.toString());
        structured.put("project_id", project.value());
        structured.put("message", message);
        return new ToolOutcome(message, structured);
    }

    static Path validate(String raw) {
        if (raw.isBlank()) {
            throw new InvalidInputException(DIRECTORY, "directory must not be blank");
        }
        if (raw.indexOf('\0') >= 0) {
            throw new InvalidInputException(DIRECTORY, "directory must not contain a NUL byte");
        }
        if (!raw.startsWith("/")) {
            throw new InvalidInputException(DIRECTORY, "directory must be absolute, got: " + raw);
        }
        if (List.of(raw.split("/")).contains("..")) {
            throw new InvalidInputException(DIRECTORY,
                    "Path traversal detected in directory: " + raw + " ('..' segments are not allowed)");
        }
        Path path = Path.of(raw).normalize();
        if (!Files.exists(path)) {
            throw new InvalidInputException(DIRECTORY, "directory does not exist: " + path);
        }
        if (!Files.isDirectory(path)) {
            throw new InvalidInputException(DIRECTORY, "directory is not a directory: " + path);
        }
        try {
            return path.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot resolve " + path, e);
        }
    }
}
