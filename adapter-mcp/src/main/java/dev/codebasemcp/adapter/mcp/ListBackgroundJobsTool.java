package dev.codebasemcp.adapter.mcp;

import static dev.codebasemcp.adapter.mcp.JsonSchemas.array;
import static dev.codebasemcp.adapter.mcp.JsonSchemas.enumeration;
import static dev.codebasemcp.adapter.mcp.JsonSchemas.integer;
import static dev.codebasemcp.adapter.mcp.JsonSchemas.object;
import static dev.codebasemcp.adapter.mcp.JsonSchemas.properties;
import static dev.codebasemcp.adapter.mcp.JsonSchemas.string;

import dev.codebasemcp.application.port.in.JobReport;
import dev.codebasemcp.application.port.in.ListJobsQuery;
import dev.codebasemcp.application.port.in.ListJobsUseCase;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code list_background_jobs}: jobs newest first, optionally filtered; read-only. */
final class ListBackgroundJobsTool implements McpTool {

    static final String NAME = "list_background_jobs";

    private final ListJobsUseCase listJobs;

    ListBackgroundJobsTool(ListJobsUseCase listJobs) {
        this.listJobs = listJobs;
    }

    @Override
    public McpSchema.Tool definition() {
        return McpSchema.Tool.builder()
                .name(NAME)
                .title("List indexing jobs")
                .description("Lists indexing jobs, newest first, optionally filtered by status, project and "
                        + "repository. Use it to find a job_id you lost, or to see what is running or failed.")
                .inputSchema(object(properties(
                        "status", enumeration("Only jobs in this status", JobView.STATUSES),
                        Parameters.PROJECT_ID, string("Only jobs of this project (1-63 characters a-z 0-9 - _)"),
                        Parameters.REPO_PATH, string("Only jobs of this repository (absolute path)"),
                        "limit", integer("How many jobs at most (default " + ListJobsQuery.DEFAULT_LIMIT + ")",
                                1, ListJobsQuery.MAX_LIMIT)),
                        List.of()))
                .outputSchema(object(properties(
                        "jobs", array("Matching jobs, newest first", object(JobView.schemaProperties(), JobView.FIELDS)),
                        "count", integer("Number of jobs returned")),
                        List.of("jobs", "count")))
                .annotations(McpSchema.ToolAnnotations.builder().readOnlyHint(true).openWorldHint(false).build())
                .build();
    }

    @Override
    public ToolOutcome handle(ToolCall call) {
        ToolArguments arguments = call.arguments();
        ListJobsQuery query = new ListJobsQuery(
                arguments.optionalString("status"),
                arguments.optionalString(Parameters.PROJECT_ID),
                arguments.optionalString(Parameters.REPO_PATH),
                arguments.optionalInteger("limit", 1, ListJobsQuery.MAX_LIMIT));
        List<JobReport> reports = listJobs.list(query);
        Map<String, Object> structured = new LinkedHashMap<>();
        structured.put("jobs", reports.stream().map(JobView::of).toList());
        structured.put("count", reports.size());
        return new ToolOutcome(text(reports), structured);
    }

    private static String text(List<JobReport> reports) {
        if (reports.isEmpty()) {
            return "No matching jobs.";
        }
        return reports.size() + (reports.size() == 1 ? " job" : " jobs") + ":\n"
                + reports.stream().map(JobView::summary).collect(Collectors.joining("\n"));
    }
}
