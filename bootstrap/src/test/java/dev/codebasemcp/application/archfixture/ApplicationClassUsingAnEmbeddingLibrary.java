package dev.codebasemcp.application.archfixture;

/** Breaks the bootstrap-only library rule on purpose: the embedding library stays in bootstrap. */
public class ApplicationClassUsingAnEmbeddingLibrary {

    public int dimension(dev.langchain4j.model.embedding.EmbeddingModel model) {
        return model.dimension();
    }
}
