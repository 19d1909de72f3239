package dev.codebasemcp.application.port.out;

import dev.codebasemcp.domain.semantic.EmbeddingModelId;
import java.util.List;

/**
 * Turns texts into vectors of one model. Passages (what is indexed) and queries (what a user asks) are
 * embedded by separate methods because some models expect a different prefix or instruction for each;
 * a passage vector and a query vector of the same model are comparable by cosine.
 * Implementations are thread-safe.
 */
public interface Embedder {

    /** The model's name and dimension, stored with every vector it makes. */
    EmbeddingModelId model();

    /**
     * One vector per text, in the texts' order, each of {@code model().dimension()} finite components.
     * An empty list gives an empty list.
     *
     * @throws EmbeddingFailedException when the model cannot embed them (a remote service refused or did
     *         not answer in time, or answered with vectors of the wrong number or size)
     */
    List<float[]> embedPassages(List<String> texts);

    /**
     * The vector of a search query.
     *
     * @throws EmbeddingFailedException as {@link #embedPassages}
     */
    float[] embedQuery(String query);
}
