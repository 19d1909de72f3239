package dev.codebasemcp.adapter.http;

import static dev.codebasemcp.adapter.http.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HealthRoutesTest {

    private final FakeIndexing indexing = new FakeIndexing();

    private Response health(List<HealthCheck> checks) {
        HttpApi api = new HttpApi(indexing.useCases(), new PrometheusMetrics(), checks, null);
        Response[] response = new Response[1];
        JavalinTest.test(api.javalin(), (app, client) -> response[0] = client.get("/health"));
        return response[0];
    }

    @Test
    void allChecksUpAnswers200() {
        Response response = health(List.of(
                HealthCheck.of("database", () -> HealthCheck.Result.up("select 1 answered")),
                HealthCheck.of("worker", () -> HealthCheck.Result.up("2 of 2 slots free"))));

        assertThat(response.code()).isEqualTo(200);
        assertThat(json(response)).containsEntry("status", "up")
                .containsEntry("checks", Map.of(
                        "database", Map.of("status", "up", "detail", "select 1 answered"),
                        "worker", Map.of("status", "up", "detail", "2 of 2 slots free")));
    }

    @Test
    void oneCheckDownAnswers503NamingIt() {
        Response response = health(List.of(
                HealthCheck.of("database", () -> HealthCheck.Result.down("connection refused")),
                HealthCheck.of("worker", () -> HealthCheck.Result.up("running"))));

        assertThat(response.code()).isEqualTo(503);
        assertThat(json(response)).containsEntry("status", "down");
        assertThat(json(response).get("checks").toString()).contains("database={status=down, detail=connection refused}");
    }

    @Test
    void checkThatThrowsCountsAsDown() {
        Response response = health(List.of(HealthCheck.of("database", () -> {
            throw new IllegalStateException("pool closed");
        })));

        assertThat(response.code()).isEqualTo(503);
        assertThat(json(response).get("checks").toString()).contains("IllegalStateException: pool closed");
    }
}
