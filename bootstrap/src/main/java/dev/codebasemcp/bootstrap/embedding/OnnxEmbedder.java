package dev.codebasemcp.bootstrap.embedding;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtLoggingLevel;
import dev.codebasemcp.application.port.out.Embedder;
import dev.codebasemcp.application.port.out.EmbeddingFailedException;
import dev.codebasemcp.domain.semantic.EmbeddingModelId;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * An {@link Embedder} that runs an ONNX model inside this JVM, from a model file shipped in a Maven
 * Central jar: offline, nothing to install. The model is loaded on first use (a second or two, about
 * 100 MB of native memory), so a process that never embeds never pays for it.
 */
public final class OnnxEmbedder implements Embedder {

    /** The default model: quantized all-MiniLM-L6-v2, 384 dimensions, mean pooling. */
    public static final EmbeddingModelId ALL_MINILM_L6_V2_Q = new EmbeddingModelId("all-minilm-l6-v2-q", 384);

    private final EmbeddingModelId id;
    private final Function<Executor, EmbeddingModel> loader;
    private final String queryPrefix;
    private final String passagePrefix;
    private final int threads;
    private volatile EmbeddingModel model;

    /**
     * @param id            the model's name and dimension
     * @param loader        builds the model on the given executor (loading it from its jar)
     * @param queryPrefix   put before every query, for models trained with one (e5: {@code "query: "})
     * @param passagePrefix put before every passage (e5: {@code "passage: "})
     * @param threads       threads that embed one batch in parallel, at least 1
     */
    public OnnxEmbedder(EmbeddingModelId id, Function<Executor, EmbeddingModel> loader, String queryPrefix,
                        String passagePrefix, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.id = Objects.requireNonNull(id, "id");
        this.loader = Objects.requireNonNull(loader, "loader");
        this.queryPrefix = Objects.requireNonNull(queryPrefix, "queryPrefix");
        this.passagePrefix = Objects.requireNonNull(passagePrefix, "passagePrefix");
        this.threads = threads;
    }

    /** The default model, embedding a batch on {@code threads} threads. */
    public static OnnxEmbedder allMiniLmL6V2Quantized(int threads) {
        return new OnnxEmbedder(ALL_MINILM_L6_V2_Q, AllMiniLmL6V2QuantizedEmbeddingModel::new, "", "", threads);
    }

    @Override
    public EmbeddingModelId model() {
        return id;
    }

    @Override
    public List<float[]> embedPassages(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<TextSegment> segments = texts.stream().map(text -> TextSegment.from(passagePrefix + nonBlank(text))).toList();
        List<Embedding> embeddings;
        try {
            embeddings = loaded().embedAll(segments).content();
        } catch (RuntimeException e) {
            throw new EmbeddingFailedException("model " + id + " could not embed " + texts.size() + " texts: " + e.getMessage(), e);
        }
        return embeddings.stream().map(embedding -> checked(embedding.vector())).toList();
    }

    @Override
    public float[] embedQuery(String query) {
        try {
            return checked(loaded().embed(queryPrefix + nonBlank(query)).content().vector());
        } catch (EmbeddingFailedException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new EmbeddingFailedException("model " + id + " could not embed the query: " + e.getMessage(), e);
        }
    }

    /** The tokenizer rejects an empty text; a blank chunk still gets a (meaningless but valid) vector. */
    private static String nonBlank(String text) {
        return text.isBlank() ? "." : text;
    }

    private float[] checked(float[] vector) {
        if (vector.length != id.dimension()) {
            throw new EmbeddingFailedException("model " + id + " returned a vector of dimension " + vector.length);
        }
        return vector;
    }

    private EmbeddingModel loaded() {
        EmbeddingModel current = model;
        if (current == null) {
            synchronized (this) {
                current = model;
                if (current == null) {
                    quietRuntime();
                    current = loader.apply(daemonPool(threads));
                    model = current;
                }
            }
        }
        return current;
    }

    /**
     * The ONNX runtime's environment is a process-wide singleton whose log level is fixed when it is first
     * made: making it here at ERROR keeps its native warnings off stderr (and stdout, the MCP channel).
     */
    static void quietRuntime() {
        OrtEnvironment.getEnvironment(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR);
    }

    private static ExecutorService daemonPool(int threads) {
        return Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "embedding");
            thread.setDaemon(true);
            return thread;
        });
    }
}
