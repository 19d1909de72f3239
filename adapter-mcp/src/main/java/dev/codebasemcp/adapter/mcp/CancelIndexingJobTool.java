package dev.codebasemcp.adapter.mcp;

import static dev.codebasemcp.adapter.mcp.JsonSchemas.merge;
import static dev.codebasemcp.adapter.mcp.JsonSchemas.object;
import static dev.codebasemcp.adapter.mcp.JsonSchemas.properties;
import static dev.codebasemcp.adapter.mcp.JsonSchemas.string;

import dev.codebasemcp.application.port.in.CancelIndexingUseCase;
import dev.codebasemcp.application.port.in.JobReport;
import dev.codebasemcp.application.port.in.JobView;
import dev.codebasemcp.domain.job.JobStatus;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code cancel_indexing_job}: stops a pending job at once and a running one at its next checkpoint. */
final class CancelIndexingJobTool implements McpTool {

    static final String NAME = "cancel_indexing_job";
    static final String TITLE = "Cancel an indexing job";

    private final CancelIndexingUseCase cancel;

    CancelIndexingJobTool(CancelIndexingUseCase cancel) {
        this.cancel = cancel;
    }

    @Override
    public McpSchema.Tool definition() {
        List<String> required = new ArrayList<>(JobSchema.FIELDS);
        required.add("message");
        return McpSchema.Tool.builder()
                .name(NAME)
                .title(TITLE)
                .description("Cancels an indexing job. A pending job is cancelled at once; a running job stops at "
                        + "its next checkpoint (cancel_requested=true until then; poll get_indexing_status). "
                        + "The previous index of the repository stays searchable. Finished jobs cannot be cancelled.")
                .inputSchema(object(properties(Parameters.JOB_ID, Parameters.jobId()), List.of(Parameters.JOB_ID)))
                .outputSchema(object(merge(JobSchema.schemaProperties(),
                        properties("message", string("What the cancellation did"))), required))
                .annotations(ToolHints.destructive(TITLE))
                .build();
    }

    @Override
    public ToolOutcome handle(ToolCall call) {
        JobReport report = cancel.cancel(call.arguments().requiredString(Parameters.JOB_ID));
        String message = report.job().status() == JobStatus.CANCELLED
                ? "Job " + report.job().id() + " cancelled."
                : "Cancellation requested: job " + report.job().id() + " stops at its next checkpoint.";
        Map<String, Object> structured = JobView.of(report);
        structured.put("message", message);
        return new ToolOutcome(message, structured);
    }
}
