package dev.codebasemcp.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codebasemcp.domain.search.SearchMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one JSON shape of search results that MCP, HTTP, the CLI and the dashboard all write. */
class SearchResultsViewTest {

    private static SearchHit hit(String path, int line, Definition definition) {
        return new SearchHit("demo", "/srv/repo", path, "/srv/repo/" + path, "java", line, line, List.of(line), 2.0,
                definition, List.of(new SnippetLine(line - 1, "before", false), new SnippetLine(line, "match", true)));
    }

    @Test
    void groupsHitsByFileInTheOrderOfTheirBestHitWithOneNameForALineNumber() {
        SearchResults results = new SearchResults(SearchMode.TEXT, List.of(hit("A.java", 10, new Definition(8, "void a() {")),
                hit("B.java", 5, null), hit("A.java", 40, null)), true, 3, 0);

        Map<String, Object> view = SearchResultsView.of(results);

        assertThat(view).containsOnlyKeys("mode", "count", "limit_reached", "next_offset", "omitted_hits", "note", "files");
        assertThat(view).containsEntry("mode", "text").containsEntry("count", 3).containsEntry("next_offset", 3)
                .containsEntry("limit_reached", true).containsEntry("omitted_hits", 0);
        assertThat((String) view.get("note")).contains("offset=3");
        List<?> files = (List<?>) view.get("files");
        assertThat(files.stream().map(file -> ((Map<?, ?>) file).get("path")).toList())
                .isEqualTo(List.of("A.java", "B.java"));
        Map<?, ?> first = (Map<?, ?>) files.getFirst();
        assertThat(List.copyOf(first.keySet()))
                .isEqualTo(List.of("project_id", "repository", "path", "absolute_path", "language", "hits"));
        List<?> hits = (List<?>) first.get("hits");
        assertThat(hits).hasSize(2);
        Map<?, ?> firstHit = (Map<?, ?>) hits.getFirst();
        assertThat(List.copyOf(firstHit.keySet()))
                .isEqualTo(List.of("start_line", "end_line", "definition", "match_lines", "score", "snippet"));
        assertThat(firstHit.get("definition")).isEqualTo(Map.of("line", 8, "text", "void a() {"));
        assertThat((List<?>) firstHit.get("snippet")).first()
                .isEqualTo(Map.of("line", 9, "text", "before", "match", false));
        assertThat(((Map<?, ?>) hits.get(1)).get("definition")).isNull();
    }
}
