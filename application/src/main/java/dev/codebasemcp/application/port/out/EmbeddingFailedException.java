package dev.codebasemcp.application.port.out;

/** An {@link Embedder} could not make the vectors; the message says which model and why. */
public class EmbeddingFailedException extends RuntimeException {

    public EmbeddingFailedException(String message) {
        super(message);
    }

    public EmbeddingFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
