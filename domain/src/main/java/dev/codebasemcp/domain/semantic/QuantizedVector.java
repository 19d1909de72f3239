package dev.codebasemcp.domain.semantic;

import java.util.Arrays;

/**
 * An embedding stored as one signed byte per dimension: each component is divided by the largest
 * absolute component and scaled to [-127, 127]. The scale is not kept because only cosine similarity
 * is ever asked of a vector, and cosine does not depend on length. Four times smaller than floats;
 * the cosine of two quantized unit vectors differs from the float cosine by well under 0.01.
 */
public final class QuantizedVector {

    private static final float LEVELS = 127f;

    private final byte[] values;

    private QuantizedVector(byte[] values) {
        this.values = values;
    }

    /**
     * Quantizes a float vector.
     *
     * @throws IllegalArgumentException when it is empty, longer than {@link EmbeddingModelId#MAX_DIMENSION},
     *         holds a NaN or an infinity, or is all zeros (it then has no direction)
     */
    public static QuantizedVector quantize(float[] vector) {
        checkDimension(vector.length);
        float largest = 0;
        for (int i = 0; i < vector.length; i++) {
            float component = vector[i];
            if (!Float.isFinite(component)) {
                throw new IllegalArgumentException("vector component " + i + " is " + component + "; only finite values are allowed");
            }
            largest = Math.max(largest, Math.abs(component));
        }
        if (largest == 0) {
            throw new IllegalArgumentException("an all-zero vector has no direction and cannot be compared by cosine");
        }
        byte[] values = new byte[vector.length];
        for (int i = 0; i < vector.length; i++) {
            values[i] = (byte) Math.round(vector[i] / largest * LEVELS);
        }
        return new QuantizedVector(values);
    }

    /**
     * A vector from its stored bytes, as {@link #toBytes()} wrote them.
     *
     * @throws IllegalArgumentException when there are no bytes, more than {@link EmbeddingModelId#MAX_DIMENSION},
     *         or all are zero
     */
    public static QuantizedVector ofBytes(byte[] stored) {
        checkDimension(stored.length);
        byte[] values = stored.clone();
        for (byte value : values) {
            if (value != 0) {
                return new QuantizedVector(values);
            }
        }
        throw new IllegalArgumentException("an all-zero vector has no direction and cannot be compared by cosine");
    }

    private static void checkDimension(int dimension) {
        if (dimension < 1 || dimension > EmbeddingModelId.MAX_DIMENSION) {
            throw new IllegalArgumentException("a vector needs 1-" + EmbeddingModelId.MAX_DIMENSION
                    + " components, had " + dimension);
        }
    }

    public int dimension() {
        return values.length;
    }

    /** The bytes to store, one per dimension. */
    public byte[] toBytes() {
        return values.clone();
    }

    /** Cosine similarity in [-1, 1]; both vectors must have the same dimension. */
    public double cosine(QuantizedVector other) {
        if (other.values.length != values.length) {
            throw new IllegalArgumentException("cannot compare vectors of dimension " + values.length
                    + " and " + other.values.length);
        }
        return Int8Math.dot(values, 0, other.values) * Int8Math.inverseNorm(values, 0, values.length)
                * Int8Math.inverseNorm(other.values, 0, other.values.length);
    }

    /** The raw values, not copied: for {@link VectorIndex}, which copies them into its own storage. */
    byte[] values() {
        return values;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QuantizedVector that && Arrays.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "QuantizedVector[dimension=" + values.length + "]";
    }
}
