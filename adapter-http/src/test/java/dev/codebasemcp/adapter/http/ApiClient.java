package dev.codebasemcp.adapter.http;

import io.javalin.testtools.HttpClient;
import io.javalin.testtools.Request;
import io.javalin.testtools.Response;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Small helpers over javalin-testtools' client for JSON requests and answers. */
final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client;
    private final String token;

    ApiClient(HttpClient client, String token) {
        this.client = client;
        this.token = token;
    }

    ApiClient(HttpClient client) {
        this(client, null);
    }

    Response postJson(String path, String json) {
        return client.request(path, request -> {
            request.post(HttpRequest.BodyPublishers.ofString(json)).header("Content-Type", "application/json");
            authorize(request);
        });
    }

    Response post(String path) {
        return client.request(path, request -> {
            request.post(HttpRequest.BodyPublishers.noBody());
            authorize(request);
        });
    }

    Response get(String path) {
        return client.request(path, request -> {
            request.get();
            authorize(request);
        });
    }

    HttpClient raw() {
        return client;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(Response response) {
        return JSON.readValue(response.body().string(), Map.class);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> jobs(Response response) {
        return (List<Map<String, Object>>) json(response).get("jobs");
    }

    private void authorize(Request.Builder request) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
    }
}
