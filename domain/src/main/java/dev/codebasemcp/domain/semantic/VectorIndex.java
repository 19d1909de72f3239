package dev.codebasemcp.domain.semantic;

import java.util.Arrays;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * Exact cosine search over int8 vectors of one model, held in memory. Immutable once built, so any
 * number of threads may search it at once.
 *
 * <p>Memory: {@link #bytesPerVector(int)} per vector, the dimension plus 12 bytes (id and norm), so
 * 100,000 vectors of 384 dimensions take about 39.6 MB. Rows live in segments of
 * {@value #SEGMENT_ROWS} vectors, so no single array grows past a few megabytes.
 *
 * <p>A search reads every vector once: time grows linearly with the number of vectors (see
 * docs/semantic.md for the measured rate and where an approximate index pays off).
 */
public final class VectorIndex {

    /** Most matches one search may ask for. */
    public static final int MAX_K = 10_000;

    static final int SEGMENT_ROWS = 8192;

    private final EmbeddingModelId model;
    private final byte[][] segments;
    private final float[] inverseNorms;
    private final long[] ids;

    private VectorIndex(EmbeddingModelId model, byte[][] segments, float[] inverseNorms, long[] ids) {
        this.model = model;
        this.segments = segments;
        this.inverseNorms = inverseNorms;
        this.ids = ids;
    }

    public static Builder builder(EmbeddingModelId model) {
        return new Builder(model);
    }

    /** Bytes of heap one vector of the given dimension takes in an index. */
    public static long bytesPerVector(int dimension) {
        return dimension + Long.BYTES + Float.BYTES;
    }

    public EmbeddingModelId model() {
        return model;
    }

    public int size() {
        return ids.length;
    }

    /** Heap taken by the vectors, ids and norms (array headers aside). */
    public long memoryBytes() {
        return size() * bytesPerVector(model.dimension());
    }

    /** The {@code k} vectors most similar to the query, best first. */
    public List<VectorMatch> nearest(float[] query, int k) {
        return nearest(query, k, id -> true);
    }

    /**
     * The {@code k} vectors most similar to the query among those whose id {@code accept}s, best first;
     * fewer when fewer are accepted.
     *
     * @throws IllegalArgumentException when the query's dimension is not the model's, when the query
     *         cannot be quantized (see {@link QuantizedVector#quantize}), or when k is outside 1-{@value #MAX_K}
     */
    public List<VectorMatch> nearest(float[] query, int k, LongPredicate accept) {
        if (k < 1 || k > MAX_K) {
            throw new IllegalArgumentException("k must be between 1 and " + MAX_K + ", was " + k);
        }
        if (query.length != model.dimension()) {
            throw new IllegalArgumentException("the query has dimension " + query.length + " but the vectors of "
                    + model + " have dimension " + model.dimension());
        }
        byte[] q = QuantizedVector.quantize(query).values();
        double queryInverseNorm = Int8Math.inverseNorm(q, 0, q.length);
        TopMatches top = new TopMatches(k);
        int dimension = model.dimension();
        for (int row = 0; row < ids.length; row++) {
            byte[] segment = segments[row / SEGMENT_ROWS];
            int offset = (row % SEGMENT_ROWS) * dimension;
            double score = Int8Math.dot(segment, offset, q) * (double) inverseNorms[row] * queryInverseNorm;
            if (top.admits(score) && accept.test(ids[row])) {
                top.offer(score, ids[row]);
            }
        }
        return top.bestFirst();
    }

    /** Collects vectors; not thread-safe. */
    public static final class Builder {

        private final EmbeddingModelId model;
        private byte[][] segments = new byte[0][];
        private float[] inverseNorms = new float[64];
        private long[] ids = new long[64];
        private int size;

        private Builder(EmbeddingModelId model) {
            this.model = model;
        }

        public Builder add(long id, float[] vector) {
            return add(id, QuantizedVector.quantize(vector));
        }

        /** @throws IllegalArgumentException when the vector's dimension is not the model's */
        public Builder add(long id, QuantizedVector vector) {
            int dimension = model.dimension();
            if (vector.dimension() != dimension) {
                throw new IllegalArgumentException("vector " + id + " has dimension " + vector.dimension()
                        + " but " + model + " needs " + dimension);
            }
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                inverseNorms = Arrays.copyOf(inverseNorms, size * 2);
            }
            int segment = size / SEGMENT_ROWS;
            if (segment == segments.length) {
                segments = Arrays.copyOf(segments, segment + 1);
                segments[segment] = new byte[SEGMENT_ROWS * dimension];
            }
            System.arraycopy(vector.values(), 0, segments[segment], (size % SEGMENT_ROWS) * dimension, dimension);
            inverseNorms[size] = (float) Int8Math.inverseNorm(vector.values(), 0, dimension);
            ids[size] = id;
            size++;
            return this;
        }

        public VectorIndex build() {
            int lastRows = size % SEGMENT_ROWS;
            byte[][] trimmed = segments.clone();
            if (lastRows != 0) {
                int last = trimmed.length - 1;
                trimmed[last] = Arrays.copyOf(trimmed[last], lastRows * model.dimension());
            }
            return new VectorIndex(model, trimmed, Arrays.copyOf(inverseNorms, size), Arrays.copyOf(ids, size));
        }
    }
}
