package dev.codebasemcp.bootstrap.embedding;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An OpenAI-compatible {@code /v1/embeddings} endpoint on loopback for tests: records each request and
 * answers with what the test's responder returns for the request's inputs.
 */
final class StubEmbeddingServer implements AutoCloseable {

    record Received(String authorization, JsonNode body) {
    }

    record Answer(int status, String body) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile Function<List<String>, Answer> responder = StubEmbeddingServer::vectorsFromLengths;
    private volatile boolean hang;

    StubEmbeddingServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/embeddings", this::handle);
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
    }

    List<Received> received() {
        return received;
    }

    void answer(Function<List<String>, Answer> responder) {
        this.responder = responder;
    }

    /** Requests wait without an answer until the server is closed. */
    void hang() {
        hang = true;
    }

    /** Three-dimensional vectors whose first component is the input's length: easy to check order by. */
    static Answer vectorsFromLengths(List<String> inputs) {
        StringBuilder data = new StringBuilder();
        for (int i = inputs.size() - 1; i >= 0; i--) {
            data.append(data.isEmpty() ? "" : ",").append("{\"object\":\"embedding\",\"index\":").append(i)
                    .append(",\"embedding\":[").append(inputs.get(i).length()).append(",0.5,-1]}");
        }
        return new Answer(200, "{\"object\":\"list\",\"data\":[" + data + "],\"model\":\"stub\"}");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode body = JSON.readTree(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            received.add(new Received(exchange.getRequestHeaders().getFirst("Authorization"), body));
            if (hang) {
                released.await(30, TimeUnit.SECONDS);
                return;
            }
            List<String> inputs = body.path("input").valueStream().map(JsonNode::asString).toList();
            Answer answer = responder.apply(inputs);
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer.status(), bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
    }
}
