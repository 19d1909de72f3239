package dev.codebasemcp.adapter.mcp;

import static dev.codebasemcp.adapter.mcp.JsonSchemas.object;
import static dev.codebasemcp.adapter.mcp.JsonSchemas.properties;

import dev.codebasemcp.application.port.in.StartIndexingCommand;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The arguments that start a job, shared by start_indexing_background and index_repository. */
final class StartArguments {

    private StartArguments() {
    }

    static Map<String, Object> schemaProperties() {
        return properties(
                Parameters.REPO_PATH, Parameters.repoPath(),
                Parameters.PROJECT_ID, Parameters.projectId(),
                Parameters.FORCE_REINDEX, Parameters.forceReindex());
    }

    static Map<String, Object> schema() {
        return object(schemaProperties(), List.of(Parameters.REPO_PATH));
    }

    static StartIndexingCommand command(ToolArguments arguments, Path workingDirectory) {
        return new StartIndexingCommand(
                arguments.requiredString(Parameters.REPO_PATH),
                arguments.optionalString(Parameters.PROJECT_ID),
                workingDirectory,
                arguments.optionalBoolean(Parameters.FORCE_REINDEX, false));
    }
}
