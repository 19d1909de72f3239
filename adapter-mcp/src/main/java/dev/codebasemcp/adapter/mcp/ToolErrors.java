package dev.codebasemcp.adapter.mcp;

import dev.codebasemcp.application.port.in.JobAlreadyFinishedException;
import dev.codebasemcp.application.port.in.JobNotFoundException;
import dev.codebasemcp.application.port.out.StoreUnavailableException;
import dev.codebasemcp.domain.InvalidInputException;
import dev.codebasemcp.domain.search.SearchTooExpensiveException;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Turns what a tool handler threw into an isError result the model can act on: the specific
 * message for refused input, a clear note for anything unexpected (which is logged in full).
 */
final class ToolErrors {

    static final String ERROR_META = "codebase-mcp/error";
    static final String FIELD_META = "codebase-mcp/field";

    private static final Logger LOG = LoggerFactory.getLogger(ToolErrors.class);

    private ToolErrors() {
    }

    static CallToolResult toResult(String toolName, ToolArguments arguments, RuntimeException failure) {
        return switch (failure) {
            case InvalidInputException invalid -> error("invalid_input", invalid.field(), invalid.getMessage());
            case JobNotFoundException notFound -> error("job_not_found", "job_id", notFound.getMessage());
            case JobAlreadyFinishedException finished -> error("job_already_finished", "job_id", finished.getMessage());
            case SearchTooExpensiveException tooExpensive -> error("search_too_expensive", "query", tooExpensive.getMessage());
            case StoreUnavailableException unavailable -> error("database_unavailable", null,
                    "The database is unreachable right now: " + unavailable.getMessage()
                            + "; the server reconnects by itself, try again in a few seconds");
            default -> unexpected(toolName, arguments, failure);
        };
    }

    private static CallToolResult unexpected(String toolName, ToolArguments arguments, RuntimeException failure) {
        Object jobId = arguments.raw("job_id");
        try (MDC.MDCCloseable ignored = MDC.putCloseable("job_id", jobId == null ? null : String.valueOf(jobId))) {
            LOG.error("Tool {} failed unexpectedly (job_id={}, repo_path={})", toolName, jobId,
                    arguments.raw("repo_path"), failure);
        }
        String reason = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return error("internal_error", null, toolName + " failed unexpectedly: " + reason
                + ". The server log has the details; retrying may help if the database was briefly unavailable.");
    }

    /**
     * The message as text and no structuredContent: strict clients validate any structuredContent
     * against the tool's output schema, even on errors. The code and field ride in {@code _meta}.
     */
    static CallToolResult error(String code, String field, String message) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put(ERROR_META, code);
        if (field != null) {
            meta.put(FIELD_META, field);
        }
        return CallToolResult.builder()
                .addTextContent(message)
                .meta(meta)
                .isError(true)
                .build();
    }
}
