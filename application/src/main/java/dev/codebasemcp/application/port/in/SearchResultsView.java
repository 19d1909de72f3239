package dev.codebasemcp.application.port.in;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one JSON shape of search results, shared by MCP ({@code structuredContent}), HTTP, the CLI's
 * {@code --json} and the dashboard, as plain maps and lists any JSON library writes as they are:
 * <pre>
 * {mode, count, limit_reached, next_offset, omitted_hits, note,
 *  files: [{project_id, repository, path, absolute_path, language,
 *           hits: [{start_line, end_line, definition: {line, text} | null, match_lines, score,
 *                   snippet: [{line, text, match}]}]}]}
 * </pre>
 * Files come in the order of their best hit; the hits of a file keep their order. Snippet lines of separate
 * regions are not contiguous: a jump in {@code line} is a gap.
 */
public final class SearchResultsView {

    private SearchResultsView() {
    }

    public static Map<String, Object> of(SearchResults results) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("mode", results.mode().label());
        view.put("count", results.hits().size());
        view.put("limit_reached", results.limitReached());
        view.put("next_offset", results.nextOffset());
        view.put("omitted_hits", results.omittedHits());
        view.put("note", results.note());
        view.put("files", files(results.hits()));
        return view;
    }

    private static List<Map<String, Object>> files(List<SearchHit> hits) {
        Map<String, Map<String, Object>> files = new LinkedHashMap<>();
        for (SearchHit hit : hits) {
            Map<String, Object> file = files.computeIfAbsent(hit.absolutePath(), ignored -> {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("project_id", hit.projectId());
                entry.put("repository", hit.repository());
                entry.put("path", hit.path());
                entry.put("absolute_path", hit.absolutePath());
                entry.put("language", hit.language());
                entry.put("hits", new ArrayList<Map<String, Object>>());
                return entry;
            });
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> fileHits = (List<Map<String, Object>>) file.get("hits");
            fileHits.add(hit(hit));
        }
        return List.copyOf(files.values());
    }

    private static Map<String, Object> hit(SearchHit hit) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("start_line", hit.startLine());
        view.put("end_line", hit.endLine());
        view.put("definition", hit.definition() == null ? null
                : Map.of("line", hit.definition().line(), "text", hit.definition().text()));
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
}
