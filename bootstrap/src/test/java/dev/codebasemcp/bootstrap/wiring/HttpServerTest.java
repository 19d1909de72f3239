package dev.codebasemcp.bootstrap.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codebasemcp.adapter.http.PrometheusMetrics;
import dev.codebasemcp.application.port.out.FakeIndexer;
import dev.codebasemcp.application.testing.Eventually;
import dev.codebasemcp.bootstrap.config.Settings;
import dev.codebasemcp.bootstrap.config.SettingsLoader;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpServerTest {

    private static final Pattern JOB_ID = Pattern.compile("\"job_id\":\"([0-9a-f-]{36})\"");

    @TempDir
    Path home;

    @TempDir
    Path repository;

    private final HttpClient client = HttpClient.newHttpClient();
    private final PrometheusMetrics metrics = new PrometheusMetrics();
    private CodebaseMcpApplication application;
    private HttpServer server;

    @BeforeEach
    void start() {
        application = TestApplication.inMemory(settings(home, Map.of()), new FakeIndexer(3), TestApplication.NOTHING_INDEXED)
                .open(HttpServer.metricsOptions(metrics, Clock.systemUTC()));
        application.startWorker();
        server = HttpServer.start(application, metrics, "127.0.0.1", 0, "test");
    }

    @AfterEach
    void stop() {
        server.close();
        application.close();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String bodyOf(String path) {
        try {
            return send(request(path)).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    }

    @Test
    void queuedJobIsRunByTheWorkerAndCountedInMetrics() throws Exception {
        HttpResponse<String> started = send(request("/api/v1/jobs").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"repo_path\":\"" + repository + "\"}")));
        assertThat(started.statusCode()).isEqualTo(202);
        Matcher id = JOB_ID.matcher(started.body());
        assertThat(id.find()).isTrue();

        Eventually.await("the job completes", () -> bodyOf("/api/v1/jobs/" + id.group(1)).contains("\"status\":\"completed\""));

        assertThat(send(request("/metrics")).body())
                .contains("codebase_indexing_run_duration_seconds_count{outcome=\"completed\"} 1")
                .contains("codebase_indexed_files_total 3.0");
    }

    @Test
    void healthReportsDatabaseAndWorker() throws Exception {
        HttpResponse<String> up = send(request("/health"));
        assertThat(up.statusCode()).isEqualTo(200);
        assertThat(up.body()).contains("\"database\":{\"status\":\"up\"").contains("\"worker\":{\"status\":\"up\"");

        application.stopWorker();

        HttpResponse<String> down = send(request("/health"));
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.body()).contains("\"worker\":{\"status\":\"down\"");
    }

    @Test
    void tokenFromSettingsProtectsTheApi(@TempDir Path otherHome) throws Exception {
        try (CodebaseMcpApplication protectedApplication = TestApplication.inMemory(
                settings(otherHome, Map.of("CODEBASE_HTTP_TOKEN", "from-settings")), new FakeIndexer(1),
                TestApplication.NOTHING_INDEXED).open(ApplicationOptions.NONE);
             HttpServer protectedServer = HttpServer.start(protectedApplication, new PrometheusMetrics(), "127.0.0.1", 0, "test")) {
            URI jobs = URI.create("http://127.0.0.1:" + protectedServer.port() + "/api/v1/jobs");

            assertThat(send(HttpRequest.newBuilder(jobs)).statusCode()).isEqualTo(401);
            assertThat(send(HttpRequest.newBuilder(jobs).header("Authorization", "Bearer from-settings")).statusCode())
                    .isEqualTo(200);

            URI mcp = URI.create("http://127.0.0.1:" + protectedServer.port() + "/mcp");
            assertThat(send(mcpInitialize(mcp)).statusCode()).isEqualTo(401);
            HttpResponse<String> initialized = send(mcpInitialize(mcp).header("Authorization", "Bearer from-settings"));
            assertThat(initialized.statusCode()).isEqualTo(200);
            assertThat(initialized.body()).contains("\"name\":\"codebase-mcp\"");
        }
    }

    @Test
    void mcpOverStreamableHttpRunsAJobAndAnswersStrictlyTyped() {
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport
                .builder("http://127.0.0.1:" + server.port()).endpoint("/mcp").build();
        try (McpSyncClient mcp = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(30)).build()) {
            mcp.initialize();
            assertThat(mcp.listTools().tools()).hasSize(7);

            CallToolResult started = mcp.callTool(new CallToolRequest("index_repository",
                    Map.of("repo_path", repository.toString(), "wait_seconds", 60)));
            @SuppressWarnings("unchecked")
            Map<String, Object> job = (Map<String, Object>) started.structuredContent();
            assertThat(job).containsEntry("status", "completed").containsEntry("finished", true);

            CallToolResult refused = mcp.callTool(new CallToolRequest("get_indexing_status", Map.of("job_id", "42")));
            assertThat(refused.isError()).isTrue();
            assertThat(refused.structuredContent()).isNull();
            assertThat(((TextContent) refused.content().getFirst()).text()).startsWith("Invalid job_id format: 42");
        }
    }

    @Test
    void mcpEndpointOffersNoStandaloneEventStream() throws Exception {
        HttpResponse<String> response = send(request("/mcp").header("Accept", "text/event-stream"));

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).contains("POST, DELETE");
    }

    private static Settings settings(Path home, Map<String, String> environment) {
        return new SettingsLoader(environment, home, home).load();
    }

    private static HttpRequest.Builder mcpInitialize(URI mcp) {
        return HttpRequest.newBuilder(mcp).header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\","
                        + "\"params\":{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},"
                        + "\"clientInfo\":{\"name\":\"test\",\"version\":\"1\"}}}"));
    }

    @Test
    void theAddressListenedOnIsAcceptedUnlessItIsAWildcardOrLoopback() {
        assertThat(HttpServer.acceptedHosts(List.of("proxy.example.org"), "192.168.1.20"))
                .containsExactly("proxy.example.org", "192.168.1.20");
        assertThat(HttpServer.acceptedHosts(List.of(), "fe80::1")).containsExactly("[fe80::1]");
        assertThat(HttpServer.acceptedHosts(List.of(), "0.0.0.0")).isEmpty();
        assertThat(HttpServer.acceptedHosts(List.of(), "127.0.0.1")).isEmpty();
    }
}
