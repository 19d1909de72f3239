package dev.codebasemcp.adapter.mcp;

import static dev.codebasemcp.adapter.mcp.JsonSchemas.array;
import static dev.codebasemcp.adapter.mcp.JsonSchemas.bool;
import static dev.codebasemcp.adapter.mcp.JsonSchemas.enumeration;
import static dev.codebasemcp.adapter.mcp.JsonSchemas.integer;
import static dev.codebasemcp.adapter.mcp.JsonSchemas.merge;
import static dev.codebasemcp.adapter.mcp.JsonSchemas.nullableInteger;
import static dev.codebasemcp.adapter.mcp.JsonSchemas.nullableString;
import static dev.codebasemcp.adapter.mcp.JsonSchemas.object;
import static dev.codebasemcp.adapter.mcp.JsonSchemas.properties;
import static dev.codebasemcp.adapter.mcp.JsonSchemas.string;

import dev.codebasemcp.application.port.in.ResolveProjectUseCase;
import dev.codebasemcp.application.port.in.SearchCodeQuery;
import dev.codebasemcp.application.port.in.SearchCodeUseCase;
import dev.codebasemcp.application.port.in.SearchHit;
import dev.codebasemcp.application.port.in.SearchResults;
import dev.codebasemcp.application.port.in.SearchResultsView;
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
                        + "regular expression in ripgrep/RE2/Java syntax against each line. literal and regex need at "
                        + "least 3 consecutive letters or digits. Narrow with path_glob or language. The text stays "
                        + "within max_chars; when hits are left out the result says how many and the offset that "
                        + "fetches them. Without project_id or repo_path the project is resolved from the session's "
                        + "working directory. Index a repository first (index_repository or start_indexing_background).")
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
                        "offset", integer("Hits of the full answer to skip: next_offset of the previous page "
                                + "(default 0)", 0, SearchCodeQuery.MAX_OFFSET),
                        "case_sensitive", bool("literal and regex only: match case exactly (default true)"),
                        "context_lines", integer("Lines shown before and after each match (default "
                                + SearchCodeQuery.DEFAULT_CONTEXT_LINES + ")", 0, SearchCodeQuery.MAX_CONTEXT_LINES),
                        OutputBudget.PARAMETER, OutputBudget.schema("snippet text")),
                        List.of("query")))
                .outputSchema(outputSchema(modes))
                .annotations(ToolHints.readOnly(TITLE))
                .build();
    }

    /** The schema of {@link SearchResultsView}, plus the project searched. */
    private static Map<String, Object> outputSchema(List<String> modes) {
        Map<String, Object> snippetLine = object(properties(
                "line", integer("1-based line number; a jump from the previous line is a gap"),
                "text", string("The line; a long line is an excerpt around the match, with " + SnippetLine.CUT_MARK
                        + " where text was left out"),
                "match", bool("true for a matching line, false for context")),
                List.of("line", "text", "match"));
        Map<String, Object> definition = merge(object(properties(
                "line", integer("Line of the declaration"),
                "text", string("The declaration line")), List.of("line", "text")),
                Map.of("type", List.of("object", "null"), "description", "The enclosing definition, or null"));
        Map<String, Object> hit = object(properties(
                "start_line", integer("First matching line"),
                "end_line", integer("Last matching line"),
                "definition", definition,
                "match_lines", array("Every matching line number", Map.of("type", "integer")),
                "score", Map.of("type", "number", "description", "text: relevance (higher is better); "
                        + "literal and regex: matching lines"),
                "snippet", array("Matching lines with their context", snippetLine)),
                List.of("start_line", "end_line", "definition", "match_lines", "score", "snippet"));
        Map<String, Object> file = object(properties(
                "project_id", string("Project of the repository"),
                "repository", string("Absolute path of the repository"),
                "path", string("File path relative to the repository, with /"),
                "absolute_path", string("Absolute path of the file"),
                "language", nullableString("Detected language, or null"),
                "hits", array("The file's hits", hit)),
                List.of("project_id", "repository", "path", "absolute_path", "language", "hits"));
        return object(properties(
                "mode", enumeration("How the query was read", modes),
                "project_id", nullableString("The project searched, or null when searching by repo_path alone"),
                "count", integer("Number of hits returned"),
                "limit_reached", bool("true when there are more hits than returned: fetch them with next_offset"),
                "next_offset", nullableInteger("offset of the next page, or null when there is none"),
                "omitted_hits", integer("Hits of this page left out to keep the answer short"),
                "note", nullableString("What was left out and how to fetch it, or null"),
                "files", array("Files in the order of their best hit (text) or by path (literal, regex)", file)),
                List.of("mode", "project_id", "count", "limit_reached", "next_offset", "omitted_hits", "note", "files"));
    }

    @Override
    public ToolOutcome handle(ToolCall call) {
        ToolArguments arguments = call.arguments();
        String explicitProject = arguments.optionalString(Parameters.PROJECT_ID);
        String repoPath = arguments.optionalString(Parameters.REPO_PATH);
        String project = resolveProject.projectForSearch(explicitProject, repoPath, session.get(call.sessionId()));
        SearchCodeQuery query = SearchCodeQuery.builder(arguments.requiredString("query"))
                .projectId(project)
                .repoPath(repoPath)
                .mode(arguments.optionalString("mode"))
                .pathGlob(arguments.optionalString("path_glob"))
                .language(arguments.optionalString("language"))
                .limit(arguments.optionalInteger("limit", 1, SearchCodeQuery.MAX_LIMIT))
                .offset(arguments.optionalInteger("offset", 0, SearchCodeQuery.MAX_OFFSET))
                .caseSensitive(arguments.has("case_sensitive") ? arguments.optionalBoolean("case_sensitive", true) : null)
                .contextLines(arguments.optionalInteger("context_lines", 0, SearchCodeQuery.MAX_CONTEXT_LINES))
                .build();
        SearchResults results = search.search(query);
        OutputBudget.Fitted<SearchHit> shown = OutputBudget.fit(results.hits(), SearchCodeTool::block,
                OutputBudget.maxChars(arguments));

        Map<String, Object> structured = new LinkedHashMap<>();
        structured.put("project_id", project);
        SearchResults page = shown.omitted() == 0 ? results
                : new SearchResults(results.mode(), shown.kept(), true, query.offset() + shown.kept().size(),
                        results.omittedHits() + shown.omitted());
        structured.putAll(SearchResultsView.of(page));
        if (shown.omitted() > 0) {
            structured.put("note", budgetNote(shown.omitted(), page.nextOffset()));
        }
        return new ToolOutcome(text(query, page, shown), structured);
    }

    private static String budgetNote(int omitted, int nextOffset) {
        return omitted + (omitted == 1 ? " hit was" : " hits were") + " left out to stay within "
                + OutputBudget.PARAMETER + "; fetch them with offset=" + nextOffset + ", or raise max_chars, lower "
                + "context_lines or narrow the query with path_glob or language";
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

    private static String text(SearchCodeQuery query, SearchResults page, OutputBudget.Fitted<SearchHit> shown) {
        if (page.hits().isEmpty()) {
            return "No matches for '" + query.query() + "' (" + page.mode().label() + " search"
                    + (query.projectId() == null ? "" : " in project " + query.projectId()) + ").";
        }
        StringBuilder text = new StringBuilder().append(shown.kept().size())
                .append(shown.kept().size() == 1 ? " hit" : " hits").append(":\n").append(shown.text());
        String note = shown.omitted() > 0 ? budgetNote(shown.omitted(), page.nextOffset()) : page.note();
        if (note != null) {
            text.append("\n[").append(note).append(']');
        }
        return text.toString();
    }
}
