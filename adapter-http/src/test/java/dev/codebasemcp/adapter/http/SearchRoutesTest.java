package dev.codebasemcp.adapter.http;

import static dev.codebasemcp.adapter.http.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.codebasemcp.domain.search.SearchMode;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import io.javalin.testtools.TestCase;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchRoutesTest {

    private static final String SEARCH = "/api/v1/search";

    private final FakeIndexing indexing = new FakeIndexing();

    private void withApi(TestCase test) {
        HttpApi api = new HttpApi(indexing.useCases(), new PrometheusMetrics(), List.of(), null);
        JavalinTest.test(api.javalin(), test);
    }

    private static void assertProblem(Response response, int status, String field, String detailPart) {
        assertThat(response.code()).isEqualTo(status);
        assertThat(response.headers().get("Content-Type")).first().asString().startsWith("application/problem+json");
        assertThat((String) json(response).get("detail")).contains(detailPart);
        if (field != null) {
            assertThat(json(response)).containsEntry("field", field);
        }
    }

    @Test
    void searchAnswersHitsWithFileLineAndSnippet() {
        withApi((app, client) -> {
            Response response = client.get(SEARCH + "?q=resize&mode=literal");

            assertThat(response.code()).isEqualTo(200);
            Map<String, Object> body = json(response);
            assertThat(body).containsEntry("mode", "literal").containsEntry("limit_reached", false);
            @SuppressWarnings("unchecked")
            Map<String, Object> file = ((List<Map<String, Object>>) body.get("files")).getFirst();
            assertThat(file).containsEntry("path", "src/Main.java").containsEntry("language", "java")
                    .containsEntry("absolute_path", "/srv/repos/alpha/src/Main.java");
            @SuppressWarnings("unchecked")
            Map<String, Object> hit = ((List<Map<String, Object>>) file.get("hits")).getFirst();
            assertThat(hit).containsEntry("start_line", 12).containsEntry("match_lines", List.of(12));
            assertThat(hit.get("snippet").toString()).contains("{line=12, text=    void resize() {}, match=true}");
        });
    }

    @Test
    void everyFilterReachesTheUseCase() {
        withApi((app, client) -> {
            Response response = client.get(SEARCH + "?q=parseArgs&mode=regex&project_id=team-a&repo_path=/srv/repos/alpha"
                    + "&path_glob=src/**/*.java&language=Java&limit=5&case_sensitive=false&context_lines=0");

            assertThat(response.code()).isEqualTo(200);
            var query = indexing.search.lastQuery;
            assertThat(query.mode()).isEqualTo(SearchMode.REGEX);
            assertThat(query.projectId().value()).isEqualTo("team-a");
            assertThat(query.repoPath()).isEqualTo(Path.of("/srv/repos/alpha"));
            assertThat(query.pathGlob()).isNotNull();
            assertThat(query.language()).isEqualTo("java");
            assertThat(query.limit()).isEqualTo(5);
            assertThat(query.caseSensitive()).isFalse();
            assertThat(query.contextLines()).isZero();
        });
    }

    @Test
    void searchWithoutQueryAnswers400NamingQ() {
        withApi((app, client) -> assertProblem(client.get(SEARCH), 400, "q", "query must not be empty"));
    }

    @Test
    void searchWithUnknownModeAnswers400NamingMode() {
        withApi((app, client) -> assertProblem(client.get(SEARCH + "?q=abc&mode=fuzzy"), 400, "mode",
                "Invalid mode: 'fuzzy' (allowed: text, literal, regex)"));
    }

    @Test
    void searchWithLimitOutOfRangeAnswers400NamingLimit() {
        withApi((app, client) -> assertProblem(client.get(SEARCH + "?q=abc&limit=0"), 400, "limit", "between 1 and 100"));
    }

    @Test
    void searchWithNonBooleanCaseSensitiveAnswers400() {
        withApi((app, client) -> assertProblem(client.get(SEARCH + "?q=abc&case_sensitive=maybe"), 400, "case_sensitive",
                "case_sensitive must be true or false, got: 'maybe'"));
    }

    @Test
    void searchWithRelativeRepoPathAnswers400NamingRepoPath() {
        withApi((app, client) -> assertProblem(client.get(SEARCH + "?q=abc&repo_path=srv"), 400, "repo_path", "absolute"));
    }

    @Test
    void searchWithUnknownParameterAnswers400() {
        withApi((app, client) -> assertProblem(client.get(SEARCH + "?query=abc"), 400, "query", "Unknown query parameter 'query'"));
    }

    @Test
    void searchThatTimesOutAnswers422() {
        withApi((app, client) -> {
            Response response = client.get(SEARCH + "?q=slow");
            assertProblem(response, 422, null, "too expensive");
            assertThat(json(response)).containsEntry("timeout_ms", 5000);
        });
    }

    @Test
    void searchLatencyIsMeasured() {
        withApi((app, client) -> {
            client.get(SEARCH + "?q=abc");
            client.get(SEARCH + "?q=def");

            assertThat(client.get("/metrics").body().string()).contains("codebase_search_duration_seconds_count 2");
        });
    }
}
