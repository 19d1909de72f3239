package dev.codebasemcp.adapter.http;

import static dev.codebasemcp.adapter.http.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.codebasemcp.application.port.in.ListJobsQuery;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import io.javalin.testtools.TestCase;
import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

class BearerTokenCheckTest {

    private static final String TOKEN = "s3cret-token";

    private final FakeIndexing indexing = new FakeIndexing();

    private void withProtectedApi(TestCase test) {
        HttpApi api = new HttpApi(indexing.useCases(), new PrometheusMetrics(), List.of(), TOKEN);
        JavalinTest.test(api.javalin(), test);
    }

    @Test
    void requestWithoutTokenAnswers401WithChallenge() {
        withProtectedApi((app, client) -> {
            Response response = client.get("/api/v1/jobs");

            assertThat(response.code()).isEqualTo(401);
            assertThat(response.headers().get("WWW-Authenticate")).containsExactly("Bearer realm=\"codebase-mcp\"");
            assertThat((String) json(response).get("detail")).contains("Authorization: Bearer <token>");
        });
    }

    @Test
    void requestWithWrongTokenAnswers401() {
        withProtectedApi((app, client) -> {
            Response response = new ApiClient(client, "s3cret-tokeN").get("/api/v1/jobs");

            assertThat(response.code()).isEqualTo(401);
            assertThat(json(response)).containsEntry("detail", "The bearer token is not valid");
        });
    }

    @Test
    void requestWithOtherSchemeAnswers401() {
        withProtectedApi((app, client) -> {
            Response response = client.get("/api/v1/jobs", request -> request.header("Authorization", "Basic " + TOKEN));

            assertThat(response.code()).isEqualTo(401);
            assertThat((String) json(response).get("detail")).contains("must use the Bearer scheme");
        });
    }

    @Test
    void requestWithTokenIsServed() {
        withProtectedApi((app, client) -> {
            ApiClient api = new ApiClient(client, TOKEN);
            assertThat(api.get("/api/v1/jobs").code()).isEqualTo(200);
            assertThat(api.postJson("/api/v1/jobs", "{\"repo_path\":\"/srv/a\"}").code()).isEqualTo(202);
        });
    }

    @Test
    void startWithoutTokenQueuesNothing() {
        withProtectedApi((app, client) -> {
            Response refused = client.request("/api/v1/jobs", request -> request
                    .post(HttpRequest.BodyPublishers.ofString("{\"repo_path\":\"/srv/a\"}"))
                    .header("Content-Type", "application/json"));

            assertThat(refused.code()).isEqualTo(401);
            assertThat(indexing.list(ListJobsQuery.all())).isEmpty();
        });
    }

    @Test
    void metricsNeedTheToken() {
        withProtectedApi((app, client) -> {
            assertThat(client.get("/metrics").code()).isEqualTo(401);
            assertThat(new ApiClient(client, TOKEN).get("/metrics").code()).isEqualTo(200);
        });
    }

    @Test
    void healthAndDashboardNeedNoToken() {
        withProtectedApi((app, client) -> {
            assertThat(client.get("/health").code()).isEqualTo(200);
            assertThat(client.get("/").code()).isEqualTo(200);
            assertThat(client.get("/openapi.json").code()).isEqualTo(200);
        });
    }
}
