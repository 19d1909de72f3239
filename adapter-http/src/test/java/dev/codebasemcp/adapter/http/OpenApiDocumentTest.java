package dev.codebasemcp.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codebasemcp.application.port.in.JobReport;
import dev.codebasemcp.application.port.in.JobView;
import dev.codebasemcp.application.port.in.SearchCodeQuery;
import dev.codebasemcp.application.port.in.SearchResults;
import dev.codebasemcp.application.port.in.SearchResultsView;
import dev.codebasemcp.domain.index.SkippedPath;
import dev.codebasemcp.domain.job.IndexingJob;
import dev.codebasemcp.domain.job.JobId;
import dev.codebasemcp.domain.project.ProjectId;
import io.javalin.http.HandlerType;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Keeps /openapi.json in step with the routes the server declares and the fields it reads and writes. */
class OpenApiDocumentTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> DASHBOARD_ROUTES = Set.of("GET /", "GET /assets/{name}");

    private final FakeIndexing indexing = new FakeIndexing();
    private final HttpApi api = new HttpApi(indexing.useCases(), new PrometheusMetrics(), List.of(), null);

    @Test
    void documentDescribesExactlyTheDeclaredRoutes() throws Exception {
        Set<String> declared = api.javalin().unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .filter(endpoint -> endpoint.method == HandlerType.GET || endpoint.method == HandlerType.POST)
                .map(endpoint -> endpoint.method.name() + " " + endpoint.path)
                .filter(route -> !DASHBOARD_ROUTES.contains(route))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(documentedRoutes()).isEqualTo(declared).isNotEmpty();
    }

    @Test
    void jobSchemaListsExactlyTheFieldsAJobIsWrittenWith() throws Exception {
        IndexingJob job = IndexingJob.pending(JobId.random(), "/srv/a", ProjectId.DEFAULT, false, Instant.EPOCH);
        @SuppressWarnings("unchecked")
        JobReport report = new JobReport(job, null, null, List.of(new SkippedPath("private", true, "permission denied")));
        Map<String, Object> written = JSON.readValue(JSON.writeValueAsString(JobView.of(report)), Map.class);

        assertThat(schemaProperties("Job")).isEqualTo(new TreeSet<>(written.keySet()));
        assertThat(requiredFields("Job")).isEqualTo(new TreeSet<>(JobView.FIELDS));
    }

    @Test
    void searchHitSchemaListsExactlyTheFieldsAHitIsWrittenWith() throws Exception {
        SearchResults results = new FakeSearch().search(SearchCodeQuery.builder("resize").build());
        @SuppressWarnings("unchecked")
        Map<String, Object> written = JSON.readValue(JSON.writeValueAsString(SearchResultsView.of(results)), Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> file = ((List<Map<String, Object>>) written.get("files")).getFirst();
        @SuppressWarnings("unchecked")
        Map<String, Object> hit = ((List<Map<String, Object>>) file.get("hits")).getFirst();

        assertThat(schemaProperties("SearchResults")).isEqualTo(new TreeSet<>(written.keySet()));
        assertThat(schemaProperties("SearchFile")).isEqualTo(new TreeSet<>(file.keySet()));
        assertThat(schemaProperties("SearchHit")).isEqualTo(new TreeSet<>(hit.keySet()));
    }

    @Test
    void startRequestSchemaListsExactlyTheAcceptedFields() throws Exception {
        assertThat(schemaProperties("StartJobRequest")).isEqualTo(new TreeSet<>(StartJobRequest.FIELDS));
    }

    @Test
    void servedDocumentIsTheResource() {
        JavalinTest.test(api.javalin(), (app, client) -> {
            var response = client.get("/openapi.json");
            assertThat(response.code()).isEqualTo(200);
            assertThat(JSON.readTree(response.body().string())).isEqualTo(document());
        });
    }

    private static Set<String> documentedRoutes() {
        Set<String> routes = new TreeSet<>();
        document().get("paths").properties().forEach(path -> path.getValue().properties()
                .forEach(operation -> routes.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey())));
        return routes;
    }

    private static Set<String> schemaProperties(String schema) {
        Set<String> names = new TreeSet<>();
        document().get("components").get("schemas").get(schema).get("properties").properties()
                .forEach(property -> names.add(property.getKey()));
        return names;
    }

    private static Set<String> requiredFields(String schema) {
        Set<String> names = new TreeSet<>();
        document().get("components").get("schemas").get(schema).get("required").forEach(name -> names.add(name.asString()));
        return names;
    }

    private static JsonNode document() {
        try (InputStream in = HttpApi.class.getResourceAsStream(HttpApi.OPENAPI_RESOURCE)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
