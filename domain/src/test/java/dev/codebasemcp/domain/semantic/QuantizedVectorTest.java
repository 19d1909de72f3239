package dev.codebasemcp.domain.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class QuantizedVectorTest {

    static float[] randomUnitVector(Random random, int dimension) {
        float[] vector = new float[dimension];
        double norm = 0;
        for (int i = 0; i < dimension; i++) {
            vector[i] = (float) random.nextGaussian();
            norm += vector[i] * vector[i];
        }
        for (int i = 0; i < dimension; i++) {
            vector[i] /= (float) Math.sqrt(norm);
        }
        return vector;
    }

    static double floatCosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }

    @Test
    void largestComponentMapsTo127AndTheRestScaleWithIt() {
        QuantizedVector vector = QuantizedVector.quantize(new float[] {0.5f, -0.2f, 0f, -0.5f});
        assertThat(vector.toBytes()).containsExactly(127, -51, 0, -127);
    }

    @Test
    void cosineOfQuantizedVectorsStaysWithinOneHundredthOfTheFloatCosine() {
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            float[] a = randomUnitVector(random, 384);
            float[] b = randomUnitVector(random, 384);
            for (int j = 0; j < 384; j++) {
                b[j] = 0.6f * a[j] + 0.4f * b[j];
            }
            assertThat(QuantizedVector.quantize(a).cosine(QuantizedVector.quantize(b)))
                    .isCloseTo(floatCosine(a, b), within(0.01));
        }
    }

    @Test
    void bytesRoundTripToAnEqualVector() {
        QuantizedVector vector = QuantizedVector.quantize(randomUnitVector(new Random(1), 16));
        assertThat(QuantizedVector.ofBytes(vector.toBytes())).isEqualTo(vector);
        assertThat(vector.cosine(vector)).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void aVectorWithoutDirectionOrWithNonFiniteValuesIsRejected() {
        assertThatThrownBy(() -> QuantizedVector.quantize(new float[3])).hasMessageContaining("all-zero");
        assertThatThrownBy(() -> QuantizedVector.ofBytes(new byte[3])).hasMessageContaining("all-zero");
        assertThatThrownBy(() -> QuantizedVector.quantize(new float[] {1f, Float.NaN}))
                .hasMessageContaining("component 1 is NaN");
        assertThatThrownBy(() -> QuantizedVector.quantize(new float[0])).hasMessageContaining("1-4096 components, had 0");
    }

    @Test
    void vectorsOfDifferentDimensionsCannotBeCompared() {
        QuantizedVector three = QuantizedVector.quantize(new float[] {1, 2, 3});
        QuantizedVector two = QuantizedVector.quantize(new float[] {1, 2});
        assertThatThrownBy(() -> three.cosine(two)).hasMessageContaining("dimension 3 and 2");
    }
}
