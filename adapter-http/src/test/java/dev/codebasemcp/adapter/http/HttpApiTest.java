package dev.codebasemcp.adapter.http;

import static dev.codebasemcp.adapter.http.ApiClient.jobs;
import static dev.codebasemcp.adapter.http.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.codebasemcp.application.port.in.UseCases;
import dev.codebasemcp.domain.job.JobId;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import io.javalin.testtools.TestCase;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpApiTest {

    private static final String JOBS = "/api/v1/jobs";

    private final FakeIndexing indexing = new FakeIndexing();

    private void withApi(TestCase test) {
        HttpApi api = new HttpApi(indexing.useCases(), new PrometheusMetrics(), List.of(), null);
        JavalinTest.test(api.javalin(), test);
    }

    private static String start(ApiClient api, String repoPath) {
        Response response = api.postJson(JOBS, "{\"repo_path\":\"" + repoPath + "\"}");
        assertThat(response.code()).isEqualTo(202);
        return (String) json(response).get("job_id");
    }

    private static void assertProblem(Response response, int status, String field, String detailPart) {
        assertThat(response.code()).isEqualTo(status);
        assertThat(response.headers().get("Content-Type")).first().asString().startsWith("application/problem+json");
        Map<String, Object> problem = json(response);
        assertThat(problem).containsEntry("status", status).containsKeys("type", "title", "detail", "instance");
        assertThat((String) problem.get("detail")).contains(detailPart);
        if (field != null) {
            assertThat(problem).containsEntry("field", field);
        }
    }

    @Test
    void startQueuesJobAndAnswers202WithLocation() {
        withApi((app, client) -> {
            Response response = new ApiClient(client).postJson(JOBS,
                    "{\"repo_path\":\"/srv/repos/alpha\",\"project_id\":\"team-a\",\"force_reindex\":true}");

            assertThat(response.code()).isEqualTo(202);
            Map<String, Object> job = json(response);
            assertThat(job).containsEntry("status", "pending").containsEntry("repo_path", "/srv/repos/alpha")
                    .containsEntry("project_id", "team-a").containsEntry("force_reindex", true)
                    .containsEntry("already_active", false).containsEntry("phase", "queued")
                    .containsEntry("files_indexed", 0).containsEntry("eta_seconds", null);
            assertThat(response.headers().get("Location")).containsExactly(JOBS + "/" + job.get("job_id"));
        });
    }

    @Test
    void startForRepositoryWithActiveJobAnswers200WithThatJob() {
        withApi((app, client) -> {
            ApiClient api = new ApiClient(client);
            String first = start(api, "/srv/repos/alpha");

            Response again = api.postJson(JOBS, "{\"repo_path\":\"/srv/repos/alpha\"}");

            assertThat(again.code()).isEqualTo(200);
            assertThat(json(again)).containsEntry("job_id", first).containsEntry("already_active", true);
            assertThat(again.headers().get("Location")).containsExactly(JOBS + "/" + first);
        });
    }

    @Test
    void startWithRelativePathAnswers400NamingRepoPath() {
        withApi((app, client) -> assertProblem(new ApiClient(client).postJson(JOBS, "{\"repo_path\":\"repos/alpha\"}"),
                400, "repo_path", "must be absolute"));
    }

    @Test
    void startWithTraversalAnswers400NamingRepoPath() {
        withApi((app, client) -> assertProblem(new ApiClient(client).postJson(JOBS, "{\"repo_path\":\"/srv/../etc\"}"),
                400, "repo_path", "traversal"));
    }

    @Test
    void startWithoutRepoPathAnswers400() {
        withApi((app, client) -> assertProblem(new ApiClient(client).postJson(JOBS, "{\"project_id\":\"a\"}"),
                400, "repo_path", "repo_path is required"));
    }

    @Test
    void startWithBadProjectIdAnswers400NamingProjectId() {
        withApi((app, client) -> assertProblem(
                new ApiClient(client).postJson(JOBS, "{\"repo_path\":\"/srv/a\",\"project_id\":\"Team A\"}"),
                400, "project_id", "Invalid project_id"));
    }

    @Test
    void startWithUnknownFieldAnswers400NamingIt() {
        withApi((app, client) -> assertProblem(
                new ApiClient(client).postJson(JOBS, "{\"repo_path\":\"/srv/a\",\"force\":true}"),
                400, "force", "Unknown field 'force' (allowed: repo_path, project_id, force_reindex)"));
    }

    @Test
    void startWithWrongFieldTypeAnswers400NamingIt() {
        withApi((app, client) -> assertProblem(
                new ApiClient(client).postJson(JOBS, "{\"repo_path\":\"/srv/a\",\"force_reindex\":[1]}"),
                400, "force_reindex", "wrong type"));
    }

    @Test
    void startWithMalformedJsonAnswers400WithPosition() {
        withApi((app, client) -> {
            Response response = new ApiClient(client).postJson(JOBS, "{\"repo_path\": \"/srv/a\",");
            assertProblem(response, 400, null, "Malformed JSON at line 1");
            assertThat(json(response).get("type")).isEqualTo("urn:codebase-mcp:problem:malformed-json");
        });
    }

    @Test
    void startWithJsonArrayAnswers400() {
        withApi((app, client) -> assertProblem(new ApiClient(client).postJson(JOBS, "[\"/srv/a\"]"),
                400, null, "must be a JSON object"));
    }

    @Test
    void startWithEmptyBodyAnswers400() {
        withApi((app, client) -> assertProblem(new ApiClient(client).postJson(JOBS, ""), 400, null, "body is empty"));
    }

    @Test
    void startWithFormContentTypeAnswers415() {
        withApi((app, client) -> assertProblem(client.request(JOBS, request -> request
                        .post(HttpRequest.BodyPublishers.ofString("{\"repo_path\":\"/srv/a\"}"))
                        .header("Content-Type", "text/plain")),
                415, null, "Content-Type must be application/json, got: text/plain"));
    }

    @Test
    void startWithBodyOver64KibAnswers413() {
        withApi((app, client) -> assertProblem(
                new ApiClient(client).postJson(JOBS, "{\"repo_path\":\"/" + "a".repeat(70_000) + "\"}"),
                413, null, "at most 65536 bytes"));
    }

    @Test
    void startWithChunkedBodyOver64KibAnswers413() {
        byte[] body = ("{\"repo_path\":\"/" + "a".repeat(70_000) + "\"}").getBytes();
        // Without a known length the client sends the body chunked, so only reading it can find the size.
        HttpRequest.BodyPublisher withoutLength = HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofByteArray(body));
        withApi((app, client) -> assertProblem(client.request(JOBS, request -> request.post(withoutLength)
                .header("Content-Type", "application/json")), 413, null, "exceeds the limit"));
    }

    @Test
    void statusReturnsJobWithProgressAndEta() {
        withApi((app, client) -> {
            ApiClient api = new ApiClient(client);
            String id = start(api, "/srv/repos/alpha");
            indexing.run(JobId.parse(id), 25, 100);

            Response response = api.get(JOBS + "/" + id);

            assertThat(response.code()).isEqualTo(200);
            assertThat(json(response)).containsEntry("job_id", id).containsEntry("status", "running")
                    .containsEntry("phase", "indexing").containsEntry("progress_percent", 25)
                    .containsEntry("files_total", 100).containsEntry("files_done", 25)
                    .containsEntry("chunks_done", 75).containsEntry("eta_seconds", 42).containsEntry("attempts", 1)
                    .doesNotContainKey("already_active");
            assertThat((String) json(response).get("started_at")).endsWith("Z");
        });
    }

    @Test
    void statusWithMalformedIdAnswers400NamingJobId() {
        withApi((app, client) -> assertProblem(new ApiClient(client).get(JOBS + "/not-a-uuid"),
                400, "job_id", "Invalid job_id format: not-a-uuid"));
    }

    @Test
    void statusOfUnknownJobAnswers404() {
        withApi((app, client) -> assertProblem(new ApiClient(client).get(JOBS + "/123e4567-e89b-12d3-a456-426614174000"),
                404, null, "Job not found: 123e4567-e89b-12d3-a456-426614174000"));
    }

    @Test
    void statusWithUnknownQueryParameterAnswers400() {
        withApi((app, client) -> {
            String id = start(new ApiClient(client), "/srv/a");
            assertProblem(new ApiClient(client).get(JOBS + "/" + id + "?verbose=1"), 400, "verbose", "Unknown query parameter");
        });
    }

    @Test
    void listReturnsJobsNewestFirst() {
        withApi((app, client) -> {
            ApiClient api = new ApiClient(client);
            String older = start(api, "/srv/a");
            String newer = start(api, "/srv/b");

            Response response = api.get(JOBS);

            assertThat(response.code()).isEqualTo(200);
            assertThat(jobs(response)).extracting(job -> job.get("job_id")).containsExactly(newer, older);
        });
    }

    @Test
    void anUnreachableDatabaseAnswers503WithTheReasonAndARetryAfter() {
        withApi((app, client) -> {
            ApiClient api = new ApiClient(client);
            indexing.databaseDown = true;

            Response response = api.get(JOBS);

            assertProblem(response, 503, null, "The database is unreachable right now: Connection refused");
            assertThat(json(response).get("type")).isEqualTo("urn:codebase-mcp:problem:database-unavailable");
            assertThat(response.headers().get("Retry-After")).containsExactly("5");
        });
    }

    @Test
    void listFiltersByStatusRepositoryAndLimit() {
        withApi((app, client) -> {
            ApiClient api = new ApiClient(client);
            String running = start(api, "/srv/a");
            start(api, "/srv/b");
            String newest = start(api, "/srv/c");
            indexing.run(JobId.parse(running), 1, 2);

            assertThat(jobs(api.get(JOBS + "?status=running"))).extracting(job -> job.get("job_id")).containsExactly(running);
            assertThat(jobs(api.get(JOBS + "?repo_path=/srv/b"))).extracting(job -> job.get("repo_path")).containsExactly("/srv/b");
            assertThat(jobs(api.get(JOBS + "?limit=1"))).extracting(job -> job.get("job_id")).containsExactly(newest);
            assertThat(jobs(api.get(JOBS + "?project_id=other"))).isEmpty();
        });
    }

    @Test
    void listWithUnknownStatusAnswers400NamingStatus() {
        withApi((app, client) -> assertProblem(new ApiClient(client).get(JOBS + "?status=done"),
                400, "status", "Invalid status: 'done' (allowed: pending, running, completed, failed, cancelled)"));
    }

    @Test
    void listWithNonNumericLimitAnswers400NamingLimit() {
        withApi((app, client) -> assertProblem(new ApiClient(client).get(JOBS + "?limit=ten"),
                400, "limit", "limit must be a whole number, got: 'ten'"));
    }

    @Test
    void listWithLimitOutOfRangeAnswers400NamingLimit() {
        withApi((app, client) -> assertProblem(new ApiClient(client).get(JOBS + "?limit=500"), 400, "limit", "between 1 and 100"));
    }

    @Test
    void listWithUnknownParameterAnswers400() {
        withApi((app, client) -> assertProblem(new ApiClient(client).get(JOBS + "?state=running"),
                400, "state", "Unknown query parameter 'state' (allowed: status, project_id, repo_path, limit)"));
    }

    @Test
    void listWithRepeatedParameterAnswers400() {
        withApi((app, client) -> assertProblem(new ApiClient(client).get(JOBS + "?status=running&status=failed"),
                400, "status", "given 2 times"));
    }

    @Test
    void cancelPendingJobAnswers202Cancelled() {
        withApi((app, client) -> {
            ApiClient api = new ApiClient(client);
            String id = start(api, "/srv/a");

            Response response = api.post(JOBS + "/" + id + "/cancel");

            assertThat(response.code()).isEqualTo(202);
            assertThat(json(response)).containsEntry("job_id", id).containsEntry("status", "cancelled");
        });
    }

    @Test
    void cancelRunningJobAnswers202WithCancellationRequested() {
        withApi((app, client) -> {
            ApiClient api = new ApiClient(client);
            String id = start(api, "/srv/a");
            indexing.run(JobId.parse(id), 1, 10);

            Response response = api.post(JOBS + "/" + id + "/cancel");

            assertThat(response.code()).isEqualTo(202);
            assertThat(json(response)).containsEntry("status", "running").containsEntry("cancel_requested", true);
        });
    }

    @Test
    void cancelFinishedJobAnswers409() {
        withApi((app, client) -> {
            ApiClient api = new ApiClient(client);
            String id = start(api, "/srv/a");
            indexing.run(JobId.parse(id), 1, 1);
            indexing.complete(JobId.parse(id), 1, 4);

            Response response = api.post(JOBS + "/" + id + "/cancel");

            assertProblem(response, 409, null, "is already completed and cannot be cancelled");
            assertThat(json(response)).containsEntry("job_id", id).containsEntry("job_status", "completed");
        });
    }

    @Test
    void cancelUnknownJobAnswers404() {
        withApi((app, client) -> assertProblem(new ApiClient(client).post(JOBS + "/123e4567-e89b-12d3-a456-426614174000/cancel"),
                404, null, "Job not found"));
    }

    @Test
    void cancelWithMalformedIdAnswers400() {
        withApi((app, client) -> assertProblem(new ApiClient(client).post(JOBS + "/42/cancel"), 400, "job_id", "Invalid job_id format"));
    }

    @Test
    void unknownPathAnswersProblem404() {
        withApi((app, client) -> assertProblem(new ApiClient(client).get("/api/v2/jobs"), 404, null, "No resource at GET /api/v2/jobs"));
    }

    @Test
    void wrongMethodAnswersProblem405() {
        withApi((app, client) -> assertProblem(new ApiClient(client).post("/health"), 405, null, "POST is not allowed on /health"));
    }

    @Test
    void unexpectedFailureAnswersProblem500WithoutItsMessage() {
        UseCases failing = new UseCases(indexing, indexing, query -> {
            throw new IllegalStateException("connection to db.internal:5432 refused for user admin");
        }, indexing, FakeIndexing::resolveProject, indexing.search);
        JavalinTest.test(new HttpApi(failing, new PrometheusMetrics(), List.of(), null).javalin(), (app, client) -> {
            Response response = new ApiClient(client).get(JOBS);

            assertProblem(response, 500, null, "The server failed to handle the request: IllegalStateException");
            assertThat(response.body().string()).doesNotContain("db.internal");
        });
    }

    @Test
    void metricsAreInPrometheusTextFormat() {
        withApi((app, client) -> {
            start(new ApiClient(client), "/srv/a");

            Response response = client.get("/metrics");

            assertThat(response.code()).isEqualTo(200);
            assertThat(response.headers().get("Content-Type")).first().asString().startsWith("text/plain");
            assertThat(response.body().string())
                    .contains("# TYPE codebase_jobs_active gauge")
                    .contains("codebase_jobs_active{status=\"pending\"} 1.0")
                    .contains("codebase_jobs_active{status=\"running\"} 0.0");
        });
    }

    @Test
    void dashboardIsServedWithContentSecurityPolicy() {
        withApi((app, client) -> {
            Response page = client.get("/");
            assertThat(page.code()).isEqualTo(200);
            assertThat(page.headers().get("Content-Type")).first().asString().startsWith("text/html");
            assertThat(page.headers().get("Content-Security-Policy")).first().asString().contains("default-src 'self'");
            assertThat(page.body().string()).contains("/assets/dashboard.js").contains("/assets/dashboard.css");
            assertThat(client.get("/assets/dashboard.js").code()).isEqualTo(200);
            assertThat(client.get("/assets/dashboard.css").code()).isEqualTo(200);
            assertThat(client.get("/assets/secrets.txt").code()).isEqualTo(404);
        });
    }
}
