package dev.codebasemcp.bootstrap.embedding;

import dev.codebasemcp.bootstrap.config.ConfigurationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where an OpenAI-compatible {@code /v1/embeddings} service is: {@code CODEBASE_EMBEDDINGS_URL} (the base
 * URL up to and including {@code /v1}, for example Ollama's {@code http://127.0.0.1:11434/v1}),
 * {@code CODEBASE_EMBEDDINGS_MODEL} and an optional {@code CODEBASE_EMBEDDINGS_API_KEY}.
 *
 * @param baseUrl  http or https URL without a query, trailing slash removed
 * @param model    the model name the service knows
 * @param apiKey   sent as a bearer token when not empty
 * @param timeout  bound on one request, connection included
 */
public record RemoteEmbeddingSettings(URI baseUrl, String model, String apiKey, Duration timeout) {

    public static final String URL = "CODEBASE_EMBEDDINGS_URL";
    public static final String MODEL = "CODEBASE_EMBEDDINGS_MODEL";
    public static final String API_KEY = "CODEBASE_EMBEDDINGS_API_KEY";
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    /**
     * The remote service's settings, or empty when {@code CODEBASE_EMBEDDINGS_URL} is unset or empty (then
     * the in-process model is used).
     *
     * @throws ConfigurationException naming every variable that is wrong and why
     */
    public static Optional<RemoteEmbeddingSettings> from(Map<String, String> variables) {
        String url = variables.getOrDefault(URL, "").strip();
        if (url.isEmpty()) {
            return Optional.empty();
        }
        List<String> problems = new ArrayList<>();
        URI baseUrl = parseUrl(url, problems);
        String model = variables.getOrDefault(MODEL, "").strip();
        if (model.isEmpty()) {
            problems.add(MODEL + " must name the model when " + URL + " is set (for example nomic-embed-text)");
        }
        String apiKey = variables.getOrDefault(API_KEY, "").strip();
        if (apiKey.chars().anyMatch(Character::isWhitespace)) {
            problems.add(API_KEY + " must not contain white space");
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems.getFirst().startsWith(URL) ? URL
                    : problems.getFirst().startsWith(MODEL) ? MODEL : API_KEY, problems);
        }
        return Optional.of(new RemoteEmbeddingSettings(baseUrl, model, apiKey, DEFAULT_TIMEOUT));
    }

    private static URI parseUrl(String url, List<String> problems) {
        String allowed = URL + " must be an http or https URL without query or fragment, such as "
                + "http://127.0.0.1:11434/v1; was '" + url + "'";
        try {
            URI uri = new URI(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
            boolean http = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            if (!http || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                problems.add(allowed);
                return null;
            }
            return uri;
        } catch (URISyntaxException e) {
            problems.add(allowed);
            return null;
        }
    }

    /** The embeddings endpoint: the base URL plus {@code /embeddings}. */
    public URI endpoint() {
        return URI.create(baseUrl + "/embeddings");
    }

    /** Never prints the key. */
    @Override
    public String toString() {
        return "RemoteEmbeddingSettings[" + baseUrl + ", model " + model + (apiKey.isEmpty() ? "" : ", key set") + "]";
    }
}
