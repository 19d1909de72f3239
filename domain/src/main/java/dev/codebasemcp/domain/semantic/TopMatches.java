package dev.codebasemcp.domain.semantic;

import java.util.ArrayList;
import java.util.List;

/** Keeps the k best (score, id) pairs seen, in a binary min-heap over primitive arrays: no boxing per row. */
final class TopMatches {

    private final double[] scores;
    private final long[] ids;
    private int size;

    TopMatches(int k) {
        scores = new double[k];
        ids = new long[k];
    }

    /** Cheap pre-check so the caller can skip work for rows that cannot enter. */
    boolean admits(double score) {
        return size < scores.length || score > scores[0];
    }

    void offer(double score, long id) {
        if (size < scores.length) {
            scores[size] = score;
            ids[size] = id;
            siftUp(size++);
        } else if (worse(0, score, id)) {
            scores[0] = score;
            ids[0] = id;
            siftDown(0);
        }
    }

    List<VectorMatch> bestFirst() {
        List<VectorMatch> matches = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            matches.add(new VectorMatch(ids[i], scores[i]));
        }
        matches.sort(VectorMatch.BEST_FIRST);
        return matches;
    }

    /** Whether the entry at {@code i} ranks below (score, id): lower score, or same score and higher id. */
    private boolean worse(int i, double score, long id) {
        return scores[i] < score || (scores[i] == score && ids[i] > id);
    }

    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (!worse(i, scores[parent], ids[parent])) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void siftDown(int i) {
        while (true) {
            int smallest = i;
            for (int child = 2 * i + 1; child <= 2 * i + 2 && child < size; child++) {
                if (worse(child, scores[smallest], ids[smallest])) {
                    smallest = child;
                }
            }
            if (smallest == i) {
                return;
            }
            swap(i, smallest);
            i = smallest;
        }
    }

    private void swap(int a, int b) {
        double score = scores[a];
        scores[a] = scores[b];
        scores[b] = score;
        long id = ids[a];
        ids[a] = ids[b];
        ids[b] = id;
    }
}
