package dev.codebasemcp.bootstrap.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codebasemcp.application.port.out.EmbeddingFailedException;
import dev.codebasemcp.domain.semantic.EmbeddingModelId;
import dev.codebasemcp.domain.semantic.QuantizedVector;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnnxEmbedderTest {

    private static final OnnxEmbedder DEFAULT = OnnxEmbedder.allMiniLmL6V2Quantized(2);

    @Test
    void theDefaultModelPlacesAQuestionNearTheCodeThatAnswersIt() {
        List<float[]> passages = DEFAULT.embedPassages(List.of(
                "java nio file files. Read all lines from a file. public static List<String> readAllLines(Path path)",
                "java security message digest. Completes the hash computation. public byte[] digest()"));
        float[] question = DEFAULT.embedQuery("read all lines of a file into a list");

        assertThat(passages).allSatisfy(vector -> assertThat(vector).hasSize(384));
        assertThat(cosine(question, passages.get(0))).isGreaterThan(cosine(question, passages.get(1)) + 0.1);
        assertThat(DEFAULT.model()).isEqualTo(new EmbeddingModelId("all-minilm-l6-v2-q", 384));
    }

    @Test
    void theSameTextGivesTheSameVectorAndNoTextGivesNoVectors() {
        float[] once = DEFAULT.embedQuery("hash map resize");
        float[] again = DEFAULT.embedQuery("hash map resize");
        assertThat(cosine(once, again)).isGreaterThan(0.999);
        assertThat(DEFAULT.embedPassages(List.of())).isEmpty();
        assertThat(DEFAULT.embedPassages(List.of("", "  "))).hasSize(2);
    }

    @Test
    void queriesAndPassagesGetTheModelsPrefixes() {
        List<String> seen = new CopyOnWriteArrayList<>();
        OnnxEmbedder embedder = new OnnxEmbedder(new EmbeddingModelId("fake", 2), executor -> recording(seen, 2),
                "query: ", "passage: ", 1);

        embedder.embedPassages(List.of("a", "b"));
        embedder.embedQuery("c");

        assertThat(seen).containsExactly("passage: a", "passage: b", "query: c");
    }

    @Test
    void aModelFailureOrAVectorOfTheWrongSizeIsAnEmbeddingFailure() {
        OnnxEmbedder wrongSize = new OnnxEmbedder(new EmbeddingModelId("fake", 3),
                executor -> recording(new CopyOnWriteArrayList<>(), 2), "", "", 1);
        assertThatThrownBy(() -> wrongSize.embedQuery("x"))
                .isInstanceOf(EmbeddingFailedException.class).hasMessageContaining("fake/3 returned a vector of dimension 2");

        OnnxEmbedder broken = new OnnxEmbedder(new EmbeddingModelId("fake", 2), executor -> new EmbeddingModel() {
            @Override
            public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
                throw new IllegalStateException("ONNX session closed");
            }
        }, "", "", 1);
        assertThatThrownBy(() -> broken.embedPassages(List.of("x")))
                .isInstanceOf(EmbeddingFailedException.class).hasMessageContaining("fake/2 could not embed 1 texts: ONNX session closed");
    }

    @Test
    void loadingAndRunningTheModelPrintsNothing(@TempDir Path tmp) throws Exception {
        Path output = tmp.resolve("output.txt");
        Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                "-Dlogback.configurationFile=logback.xml", "-Duser.home=" + tmp, QuietEmbeddingProbe.class.getName())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertThat(probe.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(probe.exitValue()).isZero();
        assertThat(Files.readString(output)).isEmpty();
    }

    /** A model that records what it was given and answers unit vectors of the given dimension. */
    private static EmbeddingModel recording(List<String> seen, int dimension) {
        return new EmbeddingModel() {
            @Override
            public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
                segments.forEach(segment -> seen.add(segment.text()));
                return Response.from(segments.stream().map(segment -> {
                    float[] vector = new float[dimension];
                    vector[0] = 1;
                    return Embedding.from(vector);
                }).toList());
            }
        };
    }

    private static double cosine(float[] a, float[] b) {
        return QuantizedVector.quantize(a).cosine(QuantizedVector.quantize(b));
    }

    /** Loads the default model and embeds in a fresh JVM, for the output check above. */
    static final class QuietEmbeddingProbe {

        public static void main(String[] args) {
            List<float[]> vectors = OnnxEmbedder.allMiniLmL6V2Quantized(1).embedPassages(List.of("quiet please"));
            if (vectors.size() != 1) {
                System.exit(1);
            }
        }

        private QuietEmbeddingProbe() {
        }
    }

}
