package dev.codebasemcp.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codebasemcp.application.port.in.ListJobsQuery;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * DNS rebinding: a page on evil.test whose name resolves to 127.0.0.1 sends {@code Host:
 * evil.test:port} and {@code Origin: http://evil.test:port}. The JDK's HTTP client refuses to set a
 * Host header, so these tests speak HTTP/1.1 over a plain socket.
 */
class HostCheckTest {

    private static final String BODY = "{\"repo_path\":\"/root\"}";

    private final FakeIndexing indexing = new FakeIndexing();
    private HttpApi api;

    private int start(List<String> allowedHosts) {
        api = new HttpApi(indexing.useCases(), new PrometheusMetrics(), List.of(), null, allowedHosts, null).start("127.0.0.1", 0);
        return api.port();
    }

    @AfterEach
    void stop() {
        if (api != null) {
            api.stop();
        }
    }

    private static String send(int port, String method, String path, String... headers) throws IOException {
        StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\nConnection: close\r\n");
        for (String header : headers) {
            request.append(header).append("\r\n");
        }
        if (method.equals("POST")) {
            request.append("Content-Type: application/json\r\nContent-Length: ").append(BODY.length()).append("\r\n\r\n").append(BODY);
        } else {
            request.append("\r\n");
        }
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String statusLine(String response) {
        return response.substring(0, response.indexOf("\r\n"));
    }

    @Test
    void foreignHostIsRefusedOnEveryPathAndQueuesNothing() throws IOException {
        int port = start(List.of());
        String host = "Host: evil.test:" + port;

        String refused = send(port, "POST", "/api/v1/jobs", host);

        assertThat(statusLine(refused)).isEqualTo("HTTP/1.1 403 Forbidden");
        assertThat(refused).contains("application/problem+json").contains("\"field\":\"Host\"")
                .contains("The Host header 'evil.test:" + port + "' is not allowed")
                .contains("allowed: localhost:" + port + ", 127.0.0.1:" + port + ", [::1]:" + port)
                .contains("CODEBASE_HTTP_ALLOWED_HOSTS");
        assertThat(indexing.list(ListJobsQuery.all())).isEmpty();
        for (String path : List.of("/", "/health", "/metrics", "/api/v1/jobs", "/mcp", "/openapi.json")) {
            assertThat(statusLine(send(port, "GET", path, host))).as(path).isEqualTo("HTTP/1.1 403 Forbidden");
        }
    }

    @Test
    void loopbackNamesWithTheListeningPortAreServed() throws IOException {
        int port = start(List.of());

        for (String name : List.of("localhost", "127.0.0.1", "[::1]", "LOCALHOST")) {
            assertThat(statusLine(send(port, "GET", "/health", "Host: " + name + ":" + port))).as(name)
                    .isEqualTo("HTTP/1.1 200 OK");
        }
        assertThat(statusLine(send(port, "GET", "/health", "Host: 127.0.0.1:" + (port == 1 ? 2 : port - 1))))
                .isEqualTo("HTTP/1.1 403 Forbidden");
    }

    @Test
    void configuredNamesAreServed() throws IOException {
        int port = start(List.of("code.example.org", "laptop:" + 1234));

        assertThat(statusLine(send(port, "GET", "/health", "Host: code.example.org"))).isEqualTo("HTTP/1.1 200 OK");
        assertThat(statusLine(send(port, "GET", "/health", "Host: laptop:1234"))).isEqualTo("HTTP/1.1 200 OK");
        assertThat(statusLine(send(port, "GET", "/health", "Host: laptop:4321"))).isEqualTo("HTTP/1.1 403 Forbidden");
    }

    @Test
    void foreignOriginIsRefusedOnStateChangingRequests() throws IOException {
        int port = start(List.of());
        String host = "Host: 127.0.0.1:" + port;

        String refused = send(port, "POST", "/api/v1/jobs", host, "Origin: http://evil.test:" + port);

        assertThat(statusLine(refused)).isEqualTo("HTTP/1.1 403 Forbidden");
        assertThat(refused).contains("\"field\":\"Origin\"").contains("The Origin header 'http://evil.test:" + port + "'");
        assertThat(indexing.list(ListJobsQuery.all())).isEmpty();
        assertThat(statusLine(send(port, "POST", "/api/v1/jobs", host, "Origin: null"))).isEqualTo("HTTP/1.1 403 Forbidden");
    }

    @Test
    void sameOriginAndOriginlessPostsAreServed() throws IOException {
        int port = start(List.of());
        String host = "Host: 127.0.0.1:" + port;

        assertThat(statusLine(send(port, "POST", "/api/v1/jobs", host, "Origin: http://127.0.0.1:" + port)))
                .isEqualTo("HTTP/1.1 202 Accepted");
        assertThat(statusLine(send(port, "POST", "/api/v1/jobs", "Host: localhost:" + port))).startsWith("HTTP/1.1 200");
        assertThat(statusLine(send(port, "GET", "/health", host, "Origin: http://evil.test"))).isEqualTo("HTTP/1.1 200 OK");
    }
}
