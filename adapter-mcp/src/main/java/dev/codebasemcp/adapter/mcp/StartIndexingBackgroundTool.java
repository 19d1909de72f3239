package dev.codebasemcp.adapter.mcp;

import static dev.codebasemcp.adapter.mcp.JsonSchemas.bool;
import static dev.codebasemcp.adapter.mcp.JsonSchemas.enumeration;
import static dev.codebasemcp.adapter.mcp.JsonSchemas.object;
import static dev.codebasemcp.adapter.mcp.JsonSchemas.properties;
import static dev.codebasemcp.adapter.mcp.JsonSchemas.string;

import dev.codebasemcp.application.port.in.StartIndexingCommand;
import dev.codebasemcp.application.port.in.StartIndexingResult;
import dev.codebasemcp.application.port.in.StartIndexingUseCase;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code start_indexing_background}: queues a job and returns at once with its id. */
final class StartIndexingBackgroundTool implements McpTool {

    static final String NAME = "start_indexing_background";
    static final String TITLE = "Start indexing a repository in the background";

    private final StartIndexingUseCase startIndexing;
    private final SessionDirectory session;

    StartIndexingBackgroundTool(StartIndexingUseCase startIndexing, SessionDirectory session) {
        this.startIndexing = startIndexing;
        this.session = session;
    }

    @Override
    public McpSchema.Tool definition() {
        return McpSchema.Tool.builder()
                .name(NAME)
                .title(TITLE)
                .description("Queues a repository for indexing and returns immediately with a job_id; a worker "
                        + "indexes it in the background. Poll get_indexing_status(job_id) until status is "
                        + "completed, failed or cancelled, then use search_code. If the same repository is "
                        + "already being indexed for the project, that job is returned with already_active=true "
                        + "instead of a second one. Use index_repository instead to wait for the result.")
                .inputSchema(StartArguments.schema())
                .outputSchema(object(properties(
                        "job_id", string("Id of the queued (or already active) job"),
                        "status", enumeration("Status of that job", JobSchema.STATUSES),
                        "message", string("What happened, in one sentence"),
                        "project_id", string("The project the job indexes into, after resolution"),
                        "repo_path", string("The repository's absolute, normalized path"),
                        "already_active", bool("true when no new job was queued because this one was "
                                + "already pending or running")),
                        List.of("job_id", "status", "message", "project_id", "already_active")))
                .annotations(ToolHints.additive(TITLE, true))
                .build();
    }

    @Override
    public ToolOutcome handle(ToolCall call) {
        StartIndexingCommand command = StartArguments.command(call.arguments(), session.get(call.sessionId()));
        StartIndexingResult result = startIndexing.start(command);
        String message = message(result);
        Map<String, Object> structured = new LinkedHashMap<>();
        structured.put("job_id", result.job().id().toString());
        structured.put("status", result.job().status().wireName());
        structured.put("message", message);
        structured.put("project_id", result.job().projectId().value());
        structured.put("repo_path", result.job().repoPath());
        structured.put("already_active", result.alreadyActive());
        return new ToolOutcome(message + " job_id: " + result.job().id(), structured);
    }

    static String message(StartIndexingResult result) {
        return switch (result) {
            case StartIndexingResult.Started started -> "Indexing job queued for " + started.job().repoPath()
                    + " in project " + started.job().projectId() + ".";
            case StartIndexingResult.AlreadyActive active -> "A job for " + active.job().repoPath()
                    + " in project " + active.job().projectId() + " is already " + active.job().status().wireName()
                    + "; returning it instead of queuing another.";
        };
    }
}
