package dev.codebasemcp.bootstrap.embedding;

import dev.codebasemcp.application.port.out.Embedder;
import dev.codebasemcp.application.port.out.EmbeddingFailedException;
import dev.codebasemcp.domain.semantic.EmbeddingModelId;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An {@link Embedder} that calls an OpenAI-compatible {@code POST /v1/embeddings} service (OpenAI, Ollama,
 * LM Studio, vLLM, text-embeddings-inference...). Texts go in batches of {@value #BATCH}; every request
 * is bounded by the configured timeout and is not retried (the caller decides). The dimension is learnt
 * from the first answer; {@link #model()} embeds a probe text when nothing was embedded yet.
 */
public final class OpenAiCompatibleEmbedder implements Embedder {

    static final int BATCH = 64;
    private static final int ERROR_BODY_CHARS = 300;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RemoteEmbeddingSettings settings;
    private final HttpClient client;
    private volatile EmbeddingModelId model;

    public OpenAiCompatibleEmbedder(RemoteEmbeddingSettings settings) {
        this(settings, HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build());
    }

    OpenAiCompatibleEmbedder(RemoteEmbeddingSettings settings, HttpClient client) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.client = Objects.requireNonNull(client, "client");
    }

    @Override
    public EmbeddingModelId model() {
        EmbeddingModelId known = model;
        if (known == null) {
            embedQuery("dimension probe");
            known = model;
        }
        return known;
    }

    @Override
    public List<float[]> embedPassages(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += BATCH) {
            vectors.addAll(request(texts.subList(from, Math.min(texts.size(), from + BATCH))));
        }
        return vectors;
    }

    @Override
    public float[] embedQuery(String query) {
        return request(List.of(query)).getFirst();
    }

    private List<float[]> request(List<String> texts) {
        HttpRequest.Builder request = HttpRequest.newBuilder(settings.endpoint())
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                        Map.of("model", settings.model(), "input", texts, "encoding_format", "float"))));
        if (!settings.apiKey().isEmpty()) {
            request.header("Authorization", "Bearer " + settings.apiKey());
        }
        HttpResponse<String> response = send(request.build());
        if (response.statusCode() / 100 != 2) {
            throw failure("answered HTTP " + response.statusCode() + ": " + excerpt(response.body()));
        }
        return vectors(response.body(), texts.size());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw failure("did not answer within " + settings.timeout().toMillis() + " ms");
        } catch (IOException e) {
            throw new EmbeddingFailedException(where() + " could not be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure("request was interrupted");
        }
    }

    /** The vectors of the answer, ordered by their {@code index}, checked for number, size and finiteness. */
    private List<float[]> vectors(String body, int expected) {
        JsonNode data;
        try {
            data = JSON.readTree(body).path("data");
        } catch (JacksonException e) {
            throw failure("answered with something that is not JSON: " + excerpt(body));
        }
        if (!data.isArray() || data.size() != expected) {
            throw failure("answered " + (data.isArray() ? data.size() : 0) + " embeddings for " + expected + " inputs");
        }
        float[][] vectors = new float[expected][];
        for (int i = 0; i < expected; i++) {
            JsonNode item = data.get(i);
            int index = item.path("index").asInt(i);
            if (index < 0 || index >= expected || vectors[index] != null) {
                throw failure("answered a duplicate or out-of-range index " + index);
            }
            vectors[index] = floats(item.path("embedding"));
        }
        return List.of(vectors);
    }

    private float[] floats(JsonNode embedding) {
        if (!embedding.isArray() || embedding.isEmpty()) {
            throw failure("answered an embedding that is not a non-empty array of numbers");
        }
        float[] vector = new float[embedding.size()];
        for (int i = 0; i < vector.length; i++) {
            JsonNode component = embedding.get(i);
            if (!component.isNumber() || !Float.isFinite(component.floatValue())) {
                throw failure("answered an embedding with a component that is not a finite number");
            }
            vector[i] = component.floatValue();
        }
        return withKnownDimension(vector);
    }

    private synchronized float[] withKnownDimension(float[] vector) {
        if (model == null) {
            if (vector.length > EmbeddingModelId.MAX_DIMENSION) {
                throw failure("answered vectors of dimension " + vector.length + ", more than "
                        + EmbeddingModelId.MAX_DIMENSION);
            }
            model = new EmbeddingModelId(settings.model(), vector.length);
        } else if (model.dimension() != vector.length) {
            throw failure("answered a vector of dimension " + vector.length + " after vectors of dimension "
                    + model.dimension());
        }
        return vector;
    }

    private EmbeddingFailedException failure(String what) {
        return new EmbeddingFailedException(where() + " " + what);
    }

    private String where() {
        return "embedding service " + settings.endpoint() + " (model " + settings.model() + ")";
    }

    private static String excerpt(String body) {
        String flat = body.strip().replaceAll("\\s+", " ");
        return flat.length() <= ERROR_BODY_CHARS ? flat : flat.substring(0, ERROR_BODY_CHARS) + "...";
    }
}
