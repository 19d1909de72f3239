package dev.codebasemcp.bootstrap.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codebasemcp.application.port.out.EmbeddingFailedException;
import dev.codebasemcp.domain.semantic.EmbeddingModelId;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpenAiCompatibleEmbedderTest {

    private final StubEmbeddingServer server;

    OpenAiCompatibleEmbedderTest() throws IOException {
        server = new StubEmbeddingServer();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private OpenAiCompatibleEmbedder embedder(String apiKey, Duration timeout) {
        return new OpenAiCompatibleEmbedder(new RemoteEmbeddingSettings(server.baseUrl(), "nomic-embed-text", apiKey, timeout));
    }

    private OpenAiCompatibleEmbedder embedder() {
        return embedder("", Duration.ofSeconds(10));
    }

    @Test
    void passagesComeBackInInputOrderWhateverOrderTheServiceAnswersIn() {
        List<float[]> vectors = embedder().embedPassages(List.of("a", "bbb", "cc"));

        assertThat(vectors).extracting(vector -> vector[0]).containsExactly(1f, 3f, 2f);
        assertThat(server.received()).singleElement().satisfies(request -> {
            assertThat(request.body().path("model").asString()).isEqualTo("nomic-embed-text");
            assertThat(request.body().path("input").valueStream().map(node -> node.asString()).toList())
                    .containsExactly("a", "bbb", "cc");
            assertThat(request.body().path("encoding_format").asString()).isEqualTo("float");
            assertThat(request.authorization()).isNull();
        });
    }

    @Test
    void theKeyIsSentAsABearerToken() {
        embedder("sk-test", Duration.ofSeconds(10)).embedQuery("find the parser");
        assertThat(server.received()).singleElement()
                .satisfies(request -> assertThat(request.authorization()).isEqualTo("Bearer sk-test"));
    }

    @Test
    void manyTextsGoInBatches() {
        List<String> texts = IntStream.range(0, OpenAiCompatibleEmbedder.BATCH * 2 + 1).mapToObj("t%d"::formatted).toList();
        List<float[]> vectors = embedder().embedPassages(texts);

        assertThat(vectors).hasSize(texts.size());
        assertThat(server.received()).extracting(request -> request.body().path("input").size())
                .containsExactly(OpenAiCompatibleEmbedder.BATCH, OpenAiCompatibleEmbedder.BATCH, 1);
        assertThat(embedder().embedPassages(List.of())).isEmpty();
    }

    @Test
    void theModelsDimensionIsLearntFromTheFirstAnswer() {
        OpenAiCompatibleEmbedder embedder = embedder();
        assertThat(embedder.model()).isEqualTo(new EmbeddingModelId("nomic-embed-text", 3));
        assertThat(server.received()).hasSize(1);
        embedder.embedQuery("again");
        assertThat(embedder.model().dimension()).isEqualTo(3);
        assertThat(server.received()).hasSize(2);
    }

    @Test
    void anErrorStatusIsReportedWithTheServicesMessage() {
        server.answer(inputs -> new StubEmbeddingServer.Answer(404, "{\"error\":\"model 'nomic-embed-text' not found\"}"));
        assertThatThrownBy(() -> embedder().embedQuery("q"))
                .isInstanceOf(EmbeddingFailedException.class)
                .hasMessageContaining("/v1/embeddings (model nomic-embed-text) answered HTTP 404")
                .hasMessageContaining("model 'nomic-embed-text' not found");
    }

    @Test
    void answersOfTheWrongShapeAreRejected() {
        server.answer(inputs -> new StubEmbeddingServer.Answer(200, "{\"data\":[]}"));
        assertThatThrownBy(() -> embedder().embedPassages(List.of("a", "b")))
                .isInstanceOf(EmbeddingFailedException.class).hasMessageContaining("answered 0 embeddings for 2 inputs");

        server.answer(inputs -> new StubEmbeddingServer.Answer(200, "<html>proxy error</html>"));
        assertThatThrownBy(() -> embedder().embedQuery("q")).hasMessageContaining("not JSON: <html>proxy error</html>");

        server.answer(inputs -> new StubEmbeddingServer.Answer(200, "{\"data\":[{\"index\":0,\"embedding\":[1,\"x\"]}]}"));
        assertThatThrownBy(() -> embedder().embedQuery("q")).hasMessageContaining("not a finite number");
    }

    @Test
    void aChangeOfDimensionMidwayIsRejected() {
        OpenAiCompatibleEmbedder embedder = embedder();
        embedder.embedQuery("first");
        server.answer(inputs -> new StubEmbeddingServer.Answer(200, "{\"data\":[{\"index\":0,\"embedding\":[1,2]}]}"));
        assertThatThrownBy(() -> embedder.embedQuery("second"))
                .hasMessageContaining("dimension 2 after vectors of dimension 3");
    }

    @Test
    void aServiceThatDoesNotAnswerIsCutOffAtTheTimeout() {
        server.hang();
        assertThatThrownBy(() -> embedder("", Duration.ofMillis(300)).embedQuery("q"))
                .isInstanceOf(EmbeddingFailedException.class).hasMessageContaining("did not answer within 300 ms");
    }

    @Test
    void anUnreachableServiceIsReported() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        OpenAiCompatibleEmbedder embedder = new OpenAiCompatibleEmbedder(new RemoteEmbeddingSettings(
                URI.create("http://127.0.0.1:" + closedPort + "/v1"), "m", "", Duration.ofSeconds(5)));
        assertThatThrownBy(() -> embedder.embedQuery("q"))
                .isInstanceOf(EmbeddingFailedException.class).hasMessageContaining("could not be reached");
    }
}
