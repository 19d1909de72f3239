package dev.codebasemcp.domain.semantic;

import dev.codebasemcp.domain.InvalidInputException;

/**
 * Which model made a vector. Stored with every vector, so vectors of two models are never compared:
 * a change of model or of dimension means re-embedding.
 *
 * @param name      the model's name, for example {@code all-minilm-l6-v2-q}; not blank, at most 200 characters
 * @param dimension the length of its vectors, 1-4096
 */
public record EmbeddingModelId(String name, int dimension) {

    public static final int MAX_DIMENSION = 4096;

    public EmbeddingModelId {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new InvalidInputException("embedding_model",
                    "embedding_model must be a name of 1-200 characters, was " + (name == null ? "null" : "'" + name + "'"));
        }
        if (dimension < 1 || dimension > MAX_DIMENSION) {
            throw new InvalidInputException("embedding_dimension",
                    "embedding_dimension must be between 1 and " + MAX_DIMENSION + ", was " + dimension);
        }
    }

    @Override
    public String toString() {
        return name + "/" + dimension;
    }
}
