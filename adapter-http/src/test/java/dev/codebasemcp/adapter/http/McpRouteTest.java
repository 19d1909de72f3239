package dev.codebasemcp.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import io.javalin.testtools.TestCase;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** /mcp hands requests to the transport it is given, behind the same token check as /api. */
class McpRouteTest {

    private static final String TOKEN = "mcp-s3cret";

    /** Stands in for the MCP transport: answers with the method and the body it received. */
    private static final class EchoTransport extends HttpServlet {
        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String body = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            response.setStatus(200);
            response.setContentType("text/plain");
            response.getWriter().write(request.getMethod() + " " + body);
        }
    }

    private final FakeIndexing indexing = new FakeIndexing();

    private void withMcp(String token, TestCase test) {
        HttpApi api = new HttpApi(indexing.useCases(), new PrometheusMetrics(), List.of(), token, List.of(), new EchoTransport());
        JavalinTest.test(api.javalin(), test);
    }

    private static Response post(io.javalin.testtools.HttpClient client, String authorization) {
        return client.request(McpRoute.PATH, request -> {
            request.post(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}"))
                    .header("Content-Type", "application/json");
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
        });
    }

    @Test
    void postAndDeleteReachTheTransportWithTheBody() {
        withMcp(null, (app, client) -> {
            Response posted = post(client, null);
            Response deleted = client.request(McpRoute.PATH, request -> request.delete(HttpRequest.BodyPublishers.noBody()));

            assertThat(posted.code()).isEqualTo(200);
            assertThat(posted.body().string()).isEqualTo("POST {\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}");
            assertThat(deleted.body().string()).isEqualTo("DELETE ");
        });
    }

    @Test
    void withATokenConfiguredMcpNeedsIt() {
        withMcp(TOKEN, (app, client) -> {
            assertThat(post(client, null).code()).isEqualTo(401);
            assertThat(post(client, "Bearer wrong").code()).isEqualTo(401);
            assertThat(post(client, "Bearer " + TOKEN).code()).isEqualTo(200);
        });
    }

    @Test
    void getOffersNoEventStream() {
        withMcp(null, (app, client) -> {
            Response response = client.get(McpRoute.PATH);

            assertThat(response.code()).isEqualTo(405);
            assertThat(response.headers().get("Allow")).containsExactly("POST, DELETE");
        });
    }

    @Test
    void withoutATransportThereIsNoMcpEndpoint() {
        HttpApi api = new HttpApi(indexing.useCases(), new PrometheusMetrics(), List.of(), null);
        JavalinTest.test(api.javalin(), (app, client) -> assertThat(post(client, null).code()).isEqualTo(404));
    }
}
