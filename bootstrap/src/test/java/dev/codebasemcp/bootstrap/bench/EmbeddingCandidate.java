package dev.codebasemcp.bootstrap.bench;

import dev.codebasemcp.bootstrap.embedding.OnnxEmbedder;
import dev.codebasemcp.domain.semantic.EmbeddingModelId;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel;
import java.util.Arrays;

/** The in-jar ONNX models the semantic benchmark compares, with the prefixes each was trained with. */
enum EmbeddingCandidate {
    MINILM {
        @Override
        OnnxEmbedder embedder(int threads) {
            return OnnxEmbedder.allMiniLmL6V2Quantized(threads);
        }
    },
    BGE {
        @Override
        OnnxEmbedder embedder(int threads) {
            return new OnnxEmbedder(new EmbeddingModelId("bge-small-en-v1.5-q", 384), BgeSmallEnV15QuantizedEmbeddingModel::new,
                    "Represent this sentence for searching relevant passages: ", "", threads);
        }
    },
    E5 {
        @Override
        OnnxEmbedder embedder(int threads) {
            return new OnnxEmbedder(new EmbeddingModelId("e5-small-v2-q", 384), E5SmallV2QuantizedEmbeddingModel::new,
                    "query: ", "passage: ", threads);
        }
    };

    abstract OnnxEmbedder embedder(int threads);

    static EmbeddingCandidate named(String name) {
        return Arrays.stream(values()).filter(candidate -> candidate.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown model " + name + "; known: "
                        + Arrays.toString(values())));
    }

}
