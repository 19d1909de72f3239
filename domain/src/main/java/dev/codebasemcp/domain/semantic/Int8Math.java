package dev.codebasemcp.domain.semantic;

/** The two loops exact cosine over int8 vectors needs, written so the JIT can vectorize them. */
final class Int8Math {

    private Int8Math() {
    }

    /** Dot product of {@code query} with the {@code query.length} bytes of {@code rows} from {@code offset}. */
    static int dot(byte[] rows, int offset, byte[] query) {
        int sum = 0;
        for (int i = 0; i < query.length; i++) {
            sum += rows[offset + i] * query[i];
        }
        return sum;
    }

    static double inverseNorm(byte[] rows, int offset, int dimension) {
        long sum = 0;
        for (int i = 0; i < dimension; i++) {
            int value = rows[offset + i];
            sum += value * value;
        }
        return 1.0 / Math.sqrt(sum);
    }
}
