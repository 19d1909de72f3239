package dev.codebasemcp.adapter.mcp;

import static dev.codebasemcp.adapter.mcp.InProcessMcp.error;
import static dev.codebasemcp.adapter.mcp.InProcessMcp.structured;
import static dev.codebasemcp.adapter.mcp.InProcessMcp.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.codebasemcp.application.port.in.SearchCodeQuery;
import dev.codebasemcp.application.port.in.Definition;
import dev.codebasemcp.application.port.in.SearchHit;
import dev.codebasemcp.application.port.in.SearchResults;
import dev.codebasemcp.application.port.in.SnippetLine;
import dev.codebasemcp.domain.InvalidInputException;
import dev.codebasemcp.domain.project.ProjectId;
import dev.codebasemcp.domain.search.SearchMode;
import dev.codebasemcp.domain.search.SearchTooExpensiveException;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchCodeToolTest {

    @TempDir
    Path temp;

    private static final SearchHit HIT = new SearchHit("shop", "/src/shop", "src/Cart.java", "/src/shop/src/Cart.java",
            "java", 12, 12, List.of(12), 1.5, new Definition(11, "class Cart {"), List.of(
                    new SnippetLine(11, "class Cart {", false),
                    new SnippetLine(12, "    void addItem(Item item) {", true)));

    @Test
    void returnsHitsAsStructuredContentAndPathLineText() {
        try (InProcessMcp mcp = new InProcessMcp(temp)) {
            mcp.search.answer(new SearchResults(SearchMode.TEXT, List.of(HIT), true, 1, 0));

            CallToolResult result = mcp.call("search_code", Map.of("query", "add item", "project_id", "shop"));

            assertThat(result.isError()).isFalse();
            assertThat(structured(result)).containsEntry("mode", "text").containsEntry("project_id", "shop")
                    .containsEntry("count", 1).containsEntry("limit_reached", true).containsEntry("next_offset", 1)
                    .containsEntry("omitted_hits", 0);
            assertThat(text(result)).contains("/src/shop/src/Cart.java-11- class Cart {\n"
                    + "/src/shop/src/Cart.java:12:     void addItem(Item item) {").contains("offset=1");
            @SuppressWarnings("unchecked")
            Map<String, Object> file = ((List<Map<String, Object>>) structured(result).get("files")).getFirst();
            assertThat(file).containsEntry("path", "src/Cart.java");
            @SuppressWarnings("unchecked")
            Map<String, Object> hit = ((List<Map<String, Object>>) file.get("hits")).getFirst();
            assertThat(hit).containsEntry("start_line", 12).containsEntry("match_lines", List.of(12))
                    .containsEntry("definition", Map.of("line", 11, "text", "class Cart {"));
        }
    }

    @Test
    void leavesOutHitsBeyondMaxCharsAndSaysHowToGetThem() {
        try (InProcessMcp mcp = new InProcessMcp(temp)) {
            List<SearchHit> hits = java.util.stream.IntStream.rangeClosed(1, 40).mapToObj(n -> new SearchHit("shop",
                    "/src/shop", "src/File" + n + ".java", "/src/shop/src/File" + n + ".java", "java", 3, 3, List.of(3),
                    1.0, null, List.of(new SnippetLine(3, "x".repeat(200), true)))).toList();
            mcp.search.answer(new SearchResults(SearchMode.TEXT, hits, false, null, 0));

            CallToolResult result = mcp.call("search_code", Map.of("query", "needle", "max_chars", 1000));

            Map<String, Object> structured = structured(result);
            int shown = (Integer) structured.get("count");
            assertThat(shown).isBetween(1, 39);
            assertThat(structured).containsEntry("omitted_hits", 40 - shown).containsEntry("next_offset", shown)
                    .containsEntry("limit_reached", true);
            assertThat((List<?>) structured.get("files")).hasSize(shown);
            assertThat(text(result)).contains((40 - shown) + " hits were left out", "offset=" + shown, "raise max_chars")
                    .doesNotContain("File" + (shown + 1) + ".java");
            assertThat(text(result).length()).isLessThan(1000 + 300);
        }
    }

    @Test
    void refusesAMaxCharsBelowTheMinimum() {
        try (InProcessMcp mcp = new InProcessMcp(temp)) {
            CallToolResult result = mcp.call("search_code", Map.of("query", "needle", "max_chars", 10));

            assertThat(result.isError()).isTrue();
            assertThat(text(result)).contains("max_chars");
        }
    }

    @Test
    void passesEveryFilterToTheQuery() {
        try (InProcessMcp mcp = new InProcessMcp(temp)) {
            mcp.call("search_code", Map.of("query", "add[A-Z]\\w+", "project_id", "shop", "repo_path", "/src/shop",
                    "mode", "regex", "path_glob", "*.java", "language", "java", "limit", 5,
                    "case_sensitive", false, "context_lines", 0, "offset", 20));

            SearchCodeQuery query = mcp.search.queries().getFirst();
            assertThat(query.mode()).isEqualTo(SearchMode.REGEX);
            assertThat(query.projectId()).isEqualTo(ProjectId.of("shop"));
            assertThat(query.repoPath()).isEqualTo(Path.of("/src/shop"));
            assertThat(query.pathGlob().glob()).isEqualTo("*.java");
            assertThat(query.language()).isEqualTo("java");
            assertThat(query.limit()).isEqualTo(5);
            assertThat(query.caseSensitive()).isFalse();
            assertThat(query.contextLines()).isZero();
            assertThat(query.offset()).isEqualTo(20);
        }
    }

    @Test
    void withoutProjectSearchesTheProjectOfTheWorkingDirectory() throws IOException {
        Files.createDirectories(temp.resolve(".codebase-mcp"));
        Files.writeString(temp.resolve(".codebase-mcp/config.json"), "{\"project_id\": \"shop\"}");
        try (InProcessMcp mcp = new InProcessMcp(temp)) {
            mcp.call("search_code", Map.of("query", "cart"));

            assertThat(mcp.search.queries().getFirst().projectId()).isEqualTo(ProjectId.of("shop"));
        }
    }

    @Test
    void repoPathAloneSearchesThatRepositoryInAnyProject() {
        try (InProcessMcp mcp = new InProcessMcp(temp)) {
            CallToolResult result = mcp.call("search_code", Map.of("query", "cart", "repo_path", "/src/shop"));

            assertThat(mcp.search.queries().getFirst().projectId()).isNull();
            assertThat(structured(result)).containsEntry("project_id", null);
            assertThat(text(result)).startsWith("No matches for 'cart'");
        }
    }

    @Test
    void queryTooShortForLiteralModeIsRefused() {
        try (InProcessMcp mcp = new InProcessMcp(temp)) {
            CallToolResult result = mcp.call("search_code", Map.of("query", "ab", "mode", "literal"));

            assertThat(result.isError()).isTrue();
            assertThat(text(result)).contains("needs at least 3 consecutive letters or digits");
            assertThat(error(result)).containsEntry("field", "query");
            assertThat(mcp.search.queries()).isEmpty();
        }
    }

    @Test
    void relativeRepoPathIsRefused() {
        try (InProcessMcp mcp = new InProcessMcp(temp)) {
            CallToolResult result = mcp.call("search_code", Map.of("query", "cart", "repo_path", "src/shop"));

            assertThat(result.isError()).isTrue();
            assertThat(text(result)).isEqualTo("repo_path must be absolute, got: src/shop");
        }
    }

    @Test
    void unindexedProjectAndTimeoutsComeBackAsErrors() {
        try (InProcessMcp mcp = new InProcessMcp(temp)) {
            mcp.search.failWith(new InvalidInputException("project_id", "No indexed repository in project 'nope'"));
            CallToolResult unknown = mcp.call("search_code", Map.of("query", "cart", "project_id", "nope"));
            mcp.search.failWith(new SearchTooExpensiveException(Duration.ofSeconds(5), null));
            CallToolResult slow = mcp.call("search_code", Map.of("query", "cart"));

            assertThat(unknown.isError()).isTrue();
            assertThat(text(unknown)).isEqualTo("No indexed repository in project 'nope'");
            assertThat(slow.isError()).isTrue();
            assertThat(error(slow)).containsEntry("error", "search_too_expensive");
            assertThat(text(slow)).startsWith("Search query too expensive");
        }
    }
}
