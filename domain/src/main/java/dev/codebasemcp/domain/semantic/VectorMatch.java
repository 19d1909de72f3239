package dev.codebasemcp.domain.semantic;

import java.util.Comparator;

/**
 * One vector of a {@link VectorIndex} that is near the query.
 *
 * @param id     the id the vector was added under (a chunk's id)
 * @param cosine cosine similarity to the query, in [-1, 1]
 */
public record VectorMatch(long id, double cosine) {

    /** Most similar first; equal scores by ascending id, so results are stable from run to run. */
    public static final Comparator<VectorMatch> BEST_FIRST =
            Comparator.comparingDouble(VectorMatch::cosine).reversed().thenComparingLong(VectorMatch::id);
}
