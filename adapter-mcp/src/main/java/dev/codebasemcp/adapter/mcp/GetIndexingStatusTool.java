package dev.codebasemcp.adapter.mcp;

import static dev.codebasemcp.adapter.mcp.JsonSchemas.object;
import static dev.codebasemcp.adapter.mcp.JsonSchemas.properties;
import static dev.codebasemcp.adapter.mcp.JsonSchemas.string;

import dev.codebasemcp.application.port.in.GetIndexingStatusUseCase;
import dev.codebasemcp.application.port.in.JobReport;
import dev.codebasemcp.application.port.in.JobView;
import dev.codebasemcp.domain.InvalidInputException;
import dev.codebasemcp.domain.project.ProjectId;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;

/** {@code get_indexing_status}: the full state of one job; read-only. */
final class GetIndexingStatusTool implements McpTool {

    static final String NAME = "get_indexing_status";
    static final String TITLE = "Get the status of an indexing job";

    private final GetIndexingStatusUseCase status;

    GetIndexingStatusTool(GetIndexingStatusUseCase status) {
        this.status = status;
    }

    @Override
    public McpSchema.Tool definition() {
        return McpSchema.Tool.builder()
                .name(NAME)
                .title(TITLE)
                .description("Returns the full state of an indexing job: status (pending, running, completed, "
                        + "failed, cancelled), progress_percent, phase, files_done/files_total, eta_seconds, "
                        + "the final counters and error_message. Poll it every few seconds after "
                        + "start_indexing_background until status is completed, failed or cancelled.")
                .inputSchema(object(properties(
                        Parameters.JOB_ID, Parameters.jobId(),
                        Parameters.PROJECT_ID, string("Optional: the project the job must belong to; a job of "
                                + "another project is reported as an error.")),
                        List.of(Parameters.JOB_ID)))
                .outputSchema(object(JobSchema.schemaProperties(), JobSchema.FIELDS))
                .annotations(ToolHints.readOnly(TITLE))
                .build();
    }

    @Override
    public ToolOutcome handle(ToolCall call) {
        String jobId = call.arguments().requiredString(Parameters.JOB_ID);
        String projectText = call.arguments().optionalString(Parameters.PROJECT_ID);
        ProjectId expectedProject = projectText == null ? null : ProjectId.of(projectText.strip());
        JobReport report = status.status(jobId);
        if (expectedProject != null && !expectedProject.equals(report.job().projectId())) {
            throw new InvalidInputException(Parameters.PROJECT_ID, "Job " + report.job().id() + " belongs to project '"
                    + report.job().projectId() + "', not '" + expectedProject + "'");
        }
        return new ToolOutcome(JobSchema.summary(report), JobView.of(report));
    }
}
