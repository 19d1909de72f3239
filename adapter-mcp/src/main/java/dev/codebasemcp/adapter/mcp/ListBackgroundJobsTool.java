package dev.codebasemcp.adapter.mcp;

import static dev.codebasemcp.adapter.mcp.JsonSchemas.array;
import static dev.codebasemcp.adapter.mcp.JsonSchemas.bool;
import static dev.codebasemcp.adapter.mcp.JsonSchemas.enumeration;
import static dev.codebasemcp.adapter.mcp.JsonSchemas.integer;
import static dev.codebasemcp.adapter.mcp.JsonSchemas.object;
import static dev.codebasemcp.adapter.mcp.JsonSchemas.properties;
import static dev.codebasemcp.adapter.mcp.JsonSchemas.string;

import dev.codebasemcp.application.port.in.JobReport;
import dev.codebasemcp.application.port.in.JobView;
import dev.codebasemcp.application.port.in.ListJobsQuery;
import dev.codebasemcp.application.port.in.ListJobsUseCase;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code list_background_jobs}: jobs newest first, optionally filtered; read-only. */
final class ListBackgroundJobsTool implements McpTool {

    static final String NAME = "list_background_jobs";
    static final String TITLE = "List indexing jobs";

    private final ListJobsUseCase listJobs;

    ListBackgroundJobsTool(ListJobsUseCase listJobs) {
        this.listJobs = listJobs;
    }

    @Override
    public McpSchema.Tool definition() {
        return McpSchema.Tool.builder()
                .name(NAME)
                .title(TITLE)
                .description("Lists indexing jobs, newest first, optionally filtered by status, project and "
                        + "repository. Use it to find a job_id you lost, or to see what is running or failed.")
                .inputSchema(object(properties(
                        "status", enumeration("Only jobs in this status", JobSchema.STATUSES),
                        Parameters.PROJECT_ID, string("Only jobs of this project (1-63 characters a-z 0-9 - _)"),
                        Parameters.REPO_PATH, string("Only jobs of this repository (absolute path)"),
                        "limit", integer("How many jobs at most (default " + ListJobsQuery.DEFAULT_LIMIT + ")",
                                1, ListJobsQuery.MAX_LIMIT),
                        OutputBudget.PARAMETER, OutputBudget.schema("job summaries")),
                        List.of()))
                .outputSchema(object(properties(
                        "jobs", array("Matching jobs, newest first", object(JobSchema.schemaProperties(), JobSchema.FIELDS)),
                        "count", integer("Number of jobs returned"),
                        "omitted_jobs", integer("Matching jobs left out to stay within max_chars"),
                        "truncated", bool("true when omitted_jobs > 0: raise max_chars or filter to see them")),
                        List.of("jobs", "count", "omitted_jobs", "truncated")))
                .annotations(ToolHints.readOnly(TITLE))
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
        OutputBudget.Fitted<JobReport> shown = OutputBudget.fit(reports, report -> JobSchema.summary(report) + "\n",
                OutputBudget.maxChars(arguments));
        Map<String, Object> structured = new LinkedHashMap<>();
        structured.put("jobs", shown.kept().stream().map(JobView::of).toList());
        structured.put("count", shown.kept().size());
        structured.put("omitted_jobs", shown.omitted());
        structured.put("truncated", shown.truncated());
        return new ToolOutcome(text(shown), structured);
    }

    private static String text(OutputBudget.Fitted<JobReport> shown) {
        if (shown.kept().isEmpty()) {
            return "No matching jobs.";
        }
        String text = shown.kept().size() + (shown.kept().size() == 1 ? " job" : " jobs") + ":\n" + shown.text();
        return shown.truncated()
                ? text + "\n[" + shown.omitted() + " more left out to stay within max_chars; raise max_chars or "
                        + "filter by status, project_id or repo_path]"
                : text;
    }
}
