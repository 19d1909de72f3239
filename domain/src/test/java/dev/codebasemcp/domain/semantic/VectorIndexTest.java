package dev.codebasemcp.domain.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class VectorIndexTest {

    private static final EmbeddingModelId MODEL = new EmbeddingModelId("test-model", 64);

    private static VectorIndex randomIndex(Random random, int size) {
        VectorIndex.Builder builder = VectorIndex.builder(MODEL);
        for (int id = 0; id < size; id++) {
            builder.add(id, QuantizedVectorTest.randomUnitVector(random, MODEL.dimension()));
        }
        return builder.build();
    }

    @Test
    void nearestReturnsTheSameTopKAsSortingEveryCosine() {
        Random random = new Random(42);
        int size = VectorIndex.SEGMENT_ROWS * 2 + 17;
        VectorIndex.Builder builder = VectorIndex.builder(MODEL);
        QuantizedVector[] stored = new QuantizedVector[size];
        for (int id = 0; id < size; id++) {
            stored[id] = QuantizedVector.quantize(QuantizedVectorTest.randomUnitVector(random, MODEL.dimension()));
            builder.add(id, stored[id]);
        }
        VectorIndex index = builder.build();
        float[] query = QuantizedVectorTest.randomUnitVector(random, MODEL.dimension());
        QuantizedVector quantizedQuery = QuantizedVector.quantize(query);

        List<VectorMatch> expected = IntStream.range(0, size)
                .mapToObj(id -> new VectorMatch(id, stored[id].cosine(quantizedQuery)))
                .sorted(VectorMatch.BEST_FIRST).limit(25).toList();
        List<VectorMatch> actual = index.nearest(query, 25);

        assertThat(actual).extracting(VectorMatch::id).containsExactlyElementsOf(expected.stream().map(VectorMatch::id).toList());
        for (int i = 0; i < actual.size(); i++) {
            assertThat(actual.get(i).cosine()).isCloseTo(expected.get(i).cosine(), within(1e-6));
        }
    }

    @Test
    void aStoredVectorIsItsOwnNearestNeighbour() {
        Random random = new Random(3);
        float[] target = QuantizedVectorTest.randomUnitVector(random, MODEL.dimension());
        VectorIndex.Builder builder = VectorIndex.builder(MODEL);
        for (int id = 0; id < 1000; id++) {
            builder.add(id, id == 613 ? target : QuantizedVectorTest.randomUnitVector(random, MODEL.dimension()));
        }
        List<VectorMatch> nearest = builder.build().nearest(target, 1);
        assertThat(nearest).singleElement().satisfies(match -> {
            assertThat(match.id()).isEqualTo(613);
            assertThat(match.cosine()).isCloseTo(1.0, within(1e-6));
        });
    }

    @Test
    void equalScoresAreOrderedByAscendingId() {
        float[] same = {1, 0, 0, 0};
        VectorIndex index = VectorIndex.builder(new EmbeddingModelId("m", 4))
                .add(30, same).add(10, same).add(20, same).add(5, new float[] {0, 1, 0, 0}).build();
        assertThat(index.nearest(same, 3)).extracting(VectorMatch::id).containsExactly(10L, 20L, 30L);
    }

    @Test
    void kLargerThanTheIndexReturnsEveryVectorBestFirst() {
        VectorIndex index = randomIndex(new Random(5), 7);
        List<VectorMatch> all = index.nearest(QuantizedVectorTest.randomUnitVector(new Random(6), 64), 100);
        assertThat(all).hasSize(7).isSortedAccordingTo(VectorMatch.BEST_FIRST);
    }

    @Test
    void theFilterLimitsMatchesToAcceptedIds() {
        VectorIndex index = randomIndex(new Random(8), 500);
        List<VectorMatch> even = index.nearest(QuantizedVectorTest.randomUnitVector(new Random(9), 64), 10, id -> id % 2 == 0);
        assertThat(even).hasSize(10).allSatisfy(match -> assertThat(match.id() % 2).isZero());
    }

    @Test
    void anEmptyIndexFindsNothing() {
        assertThat(VectorIndex.builder(MODEL).build().nearest(QuantizedVectorTest.randomUnitVector(new Random(1), 64), 5))
                .isEmpty();
    }

    @Test
    void memoryIsTheDimensionPlusTwelveBytesPerVector() {
        assertThat(VectorIndex.bytesPerVector(384)).isEqualTo(396);
        assertThat(100_000 * VectorIndex.bytesPerVector(384)).isEqualTo(39_600_000L);
        assertThat(randomIndex(new Random(2), 1000).memoryBytes()).isEqualTo(1000 * (64 + 12));
    }

    @Test
    void wrongDimensionsAndLimitsAreRejectedWithTheReason() {
        VectorIndex index = randomIndex(new Random(4), 3);
        assertThatThrownBy(() -> index.nearest(new float[3], 1))
                .hasMessageContaining("dimension 3").hasMessageContaining("test-model/64");
        assertThatThrownBy(() -> index.nearest(new float[64], 0)).hasMessageContaining("k must be between 1 and 10000, was 0");
        assertThatThrownBy(() -> VectorIndex.builder(MODEL).add(1, new float[] {1, 2}))
                .hasMessageContaining("vector 1 has dimension 2 but test-model/64 needs 64");
    }

    @Test
    void theModelIdNamesTheFieldThatIsWrong() {
        assertThatThrownBy(() -> new EmbeddingModelId(" ", 384)).hasMessageContaining("embedding_model");
        assertThatThrownBy(() -> new EmbeddingModelId("m", 0))
                .hasMessageContaining("embedding_dimension must be between 1 and 4096, was 0");
    }

    @Test
    void resultsDoNotDependOnInsertionOrder() {
        Random random = new Random(11);
        List<float[]> vectors = IntStream.range(0, 300)
                .mapToObj(i -> QuantizedVectorTest.randomUnitVector(random, 64)).toList();
        VectorIndex.Builder forward = VectorIndex.builder(MODEL);
        VectorIndex.Builder backward = VectorIndex.builder(MODEL);
        for (int i = 0; i < vectors.size(); i++) {
            forward.add(i, vectors.get(i));
            backward.add(vectors.size() - 1 - i, vectors.get(vectors.size() - 1 - i));
        }
        float[] query = vectors.get(17);
        assertThat(forward.build().nearest(query, 20)).isEqualTo(backward.build().nearest(query, 20));
        assertThat(forward.build().nearest(query, 20)).isSortedAccordingTo(Comparator.comparingDouble(VectorMatch::cosine).reversed());
    }
}
