package dev.codebasemcp.adapter.mcp;

import static dev.codebasemcp.adapter.mcp.JsonSchemas.array;
import static dev.codebasemcp.adapter.mcp.JsonSchemas.bool;
import static dev.codebasemcp.adapter.mcp.JsonSchemas.enumeration;
import static dev.codebasemcp.adapter.mcp.JsonSchemas.integer;
import static dev.codebasemcp.adapter.mcp.JsonSchemas.nullableString;
import static dev.codebasemcp.adapter.mcp.JsonSchemas.object;
import static dev.codebasemcp.adapter.mcp.JsonSchemas.properties;
import static dev.codebasemcp.adapter.mcp.JsonSchemas.string;

import dev.codebasemcp.application.port.in.ResolveProjectUseCase;
import dev.codebasemcp.application.port.in.SearchCodeQuery;
import dev.codebasemcp.application.port.in.SearchCodeUseCase;
import dev.codebasemcp.application.port.in.SearchHit;
import dev.codebasemcp.application.port.in.SearchResults;
import dev.codebasemcp.application.port.in.SnippetLine;
import dev.codebasemcp.domain.search.SearchMode;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code search_code}: searches the published indexes. Without project_id and repo_path it searches
 * the project resolved from the session's working directory.
 */
final class SearchCodeTool implements McpTool {

    static final String NAME = "search_code";
    static final String TITLE = "Search indexed code";

    private final SearchCodeUseCase search;
    private final ResolveProjectUseCase resolveProject;
    private final SessionDirectory session;

    SearchCodeTool(SearchCodeUseCase search, ResolveProjectUseCase resolveProject, SessionDirectory session) {
        this.search = search;
        this.resolveProject = resolveProject;
        this.session = session;
    }

    @Override
    public McpSchema.Tool definition() {
        List<String> modes = Arrays.stream(SearchMode.values()).map(SearchMode::label).toList();
        return McpSchema.Tool.builder()
                .name(NAME)
                .title(TITLE)
                .description("Searches the indexed repositories and returns the matching lines with context, "
                        + "best first. Prefer it to grep, find or reading files one by one whenever you look for "
                        + "where something is defined or used, or which files deal with a topic: one call searches "
                        + "the whole indexed repository (also files you have not opened), ranks the results, and "
                        + "costs far fewer tokens than reading files. "
                        + "mode text (default) ranks files by words and identifiers (HashMap.resize also matches "
                        + "'hash map resize'); literal finds an exact substring of a line; regex matches a "
                        + "PostgreSQL regular expression against each line. literal and regex need at least 3 "
                        + "consecutive letters or digits. Narrow with path_glob or language. The text stays within "
                        + "max_chars; when hits are left out the result says how many. Without project_id or "
                        + "repo_path the project is resolved from the session's working directory. Index a "
                        + "repository first (index_repository or start_indexing_background).")
                .inputSchema(object(properties(
                        "query", string("What to find: words or identifiers (text), an exact line substring "
                                + "(literal) or a regular expression (regex); one line, at most "
                                + SearchCodeQuery.MAX_QUERY_LENGTH + " characters"),
                        Parameters.PROJECT_ID, string("Search only this project (1-63 characters a-z 0-9 - _). "
                                + "Omitted: the project resolved from the working directory, unless repo_path is given"),
                        Parameters.REPO_PATH, string("Search only this repository (absolute path as it was indexed)"),
                        "mode", enumeration("text (default), literal or regex", modes),
                        "path_glob", string("Only files whose path relative to the repository matches, e.g. *.java, "
                                + "src/**/*.ts, src/test/"),
                        "language", string("Only files of this language, lower case as detected: java, python, "
                                + "typescript, go, ..."),
                        "limit", integer("Most hits to return (default " + SearchCodeQuery.DEFAULT_LIMIT + ")",
                                1, SearchCodeQuery.MAX_LIMIT),
                        "case_sensitive", bool("literal and regex only: match case exactly (default true)"),
                        "context_lines", integer("Lines shown before and after each match (default "
                                + SearchCodeQuery.DEFAULT_CONTEXT_LINES + ")", 0, SearchCodeQuery.MAX_CONTEXT_LINES),
                        OutputBudget.PARAMETER, OutputBudget.schema("snippet text")),
                        List.of("query")))
                .outputSchema(outputSchema(modes))
                .annotations(ToolHints.readOnly(TITLE))
                .build();
    }

    private static Map<String, Object> outputSchema(List<String> modes) {
        Map<String, Object> snippetLine = object(properties(
                "line", integer("1-based line number"),
                "text", string("The line (long lines are cut and end in " + SnippetLine.CUT_MARK + ")"),
                "match", bool("true for a matching line, false for context")),
                List.of("line", "text", "match"));
        Map<String, Object> hit = object(properties(
                "project_id", string("Project of the repository"),
                "repository", string("Absolute path of the repository"),
                "path", string("File path relative to the repository, with /"),
                "absolute_path", string("Absolute path of the file"),
                "language", nullableString("Detected language, or null"),
                "start_line", integer("First matching line"),
                "end_line", integer("Last matching line"),
                "match_lines", array("Every matching line number", Map.of("type", "integer")),
                "score", Map.of("type", "number", "description", "text: relevance (higher is better); "
                        + "literal and regex: matching lines"),
                "snippet", array("Matching lines with their context", snippetLine)),
                List.of("project_id", "repository", "path", "absolute_path", "language", "start_line", "end_line",
                        "match_lines", "score", "snippet"));
        return object(properties(
                "mode", enumeration("How the query was read", modes),
                "project_id", nullableString("The project searched, or null when searching by repo_path alone"),
                "hits", array("Best first for text; by repository, path and line for literal and regex", hit),
                "count", integer("Number of hits returned"),
                "limit_reached", bool("true when there are more hits than returned: raise limit or narrow the query"),
                "omitted_hits", integer("Hits found within limit but left out to stay within max_chars"),
                "truncated", bool("true when omitted_hits > 0: raise max_chars, lower context_lines or narrow the "
                        + "query to see them")),
                List.of("mode", "project_id", "hits", "count", "limit_reached", "omitted_hits", "truncated"));
    }

    @Override
    public ToolOutcome handle(ToolCall call) {
        ToolArguments arguments = call.arguments();
        String explicitProject = arguments.optionalString(Parameters.PROJECT_ID);
        String repoPath = arguments.optionalString(Parameters.REPO_PATH);
        boolean byRepositoryAlone = (explicitProject == null || explicitProject.isBlank())
                && repoPath != null && !repoPath.isBlank();
        String project = byRepositoryAlone ? null : resolveProject.resolve(explicitProject, session.get(call.sessionId())).value();
        SearchCodeQuery query = SearchCodeQuery.builder(arguments.requiredString("query"))
                .projectId(project)
                .repoPath(repoPath)
                .mode(arguments.optionalString("mode"))
                .pathGlob(arguments.optionalString("path_glob"))
                .language(arguments.optionalString("language"))
                .limit(arguments.optionalInteger("limit", 1, SearchCodeQuery.MAX_LIMIT))
                .caseSensitive(arguments.has("case_sensitive") ? arguments.optionalBoolean("case_sensitive", true) : null)
                .contextLines(arguments.optionalInteger("context_lines", 0, SearchCodeQuery.MAX_CONTEXT_LINES))
                .build();
        SearchResults results = search.search(query);
        OutputBudget.Fitted<SearchHit> shown = OutputBudget.fit(results.hits(), SearchCodeTool::block,
                OutputBudget.maxChars(arguments));

        Map<String, Object> structured = new LinkedHashMap<>();
        structured.put("mode", results.mode().label());
        structured.put("project_id", project);
        structured.put("hits", shown.kept().stream().map(SearchCodeTool::view).toList());
        structured.put("count", shown.kept().size());
        structured.put("limit_reached", results.limitReached());
        structured.put("omitted_hits", shown.omitted());
        structured.put("truncated", shown.truncated());
        return new ToolOutcome(text(query, results, shown), structured);
    }

    private static Map<String, Object> view(SearchHit hit) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("project_id", hit.projectId());
        view.put("repository", hit.repository());
        view.put("path", hit.path());
        view.put("absolute_path", hit.absolutePath());
        view.put("language", hit.language());
        view.put("start_line", hit.startLine());
        view.put("end_line", hit.endLine());
        view.put("match_lines", hit.matchLines());
        view.put("score", hit.score());
        view.put("snippet", hit.snippet().stream().map(line -> {
            Map<String, Object> lineView = new LinkedHashMap<>();
            lineView.put("line", line.number());
            lineView.put("text", line.text());
            lineView.put("match", line.match());
            return lineView;
        }).toList());
        return view;
    }

    /**
     * grep -C style, the form people and models read fastest: {@code path:line: text} for matching
     * lines, {@code path-line- text} for context, {@code --} between hits.
     */
    private static String block(SearchHit hit) {
        StringBuilder block = new StringBuilder();
        for (SnippetLine line : hit.snippet()) {
            char separator = line.match() ? ':' : '-';
            block.append(hit.absolutePath()).append(separator).append(line.number()).append(separator).append(' ')
                    .append(line.text().stripTrailing()).append('\n');
        }
        return block.append("--\n").toString();
    }

    private static String text(SearchCodeQuery query, SearchResults results, OutputBudget.Fitted<SearchHit> shown) {
        if (results.hits().isEmpty()) {
            return "No matches for '" + query.query() + "' (" + results.mode().label() + " search"
                    + (query.projectId() == null ? "" : " in project " + query.projectId()) + ").";
        }
        StringBuilder text = new StringBuilder().append(shown.kept().size())
                .append(shown.kept().size() == 1 ? " hit" : " hits")
                .append(results.limitReached() ? " (more exist; raise limit or narrow the query)" : "").append(":\n")
                .append(shown.text());
        if (shown.truncated()) {
            text.append("\n[").append(shown.omitted()).append(shown.omitted() == 1 ? " more hit" : " more hits")
                    .append(" left out to stay within ").append(OutputBudget.PARAMETER)
                    .append("; to see them raise max_chars, lower context_lines, or narrow the query with "
                            + "path_glob or language]");
        }
        return text.toString();
    }
}
