package dev.codebasemcp.domain.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * How text search ranks chunks: a BM25-style score over the code-aware tokens with a few code-search
 * signals. For every query term {@code t} a chunk holds:
 * <pre>  idf(t) * tf * (k1 + 1) / (tf + k1 * (1 - b + b * length / averageLength))</pre>
 * with {@code idf(t) = ln(1 + (N - df + 0.5) / (df + 0.5))} over the chunks of the index, {@code tf} 2 when
 * the term occurs as a whole identifier and 1 when it occurs only as a part (the index keeps no finer count),
 * and the length in bytes. On top of that:
 * <ul>
 *   <li>a term that is a word of the file's name counts as found, with weight {@value #NAME_WEIGHT} of its idf
 *       (plural and singular alike: "file" finds Files.java), times 1/2 to 1 by the share of the name's
 *       words that the query holds (the name field's length normalisation);</li>
 *   <li>two neighbouring query words that are parts of one identifier ("hash map" in {@code HashMap}) add
 *       {@value #JOINED_WEIGHT} of their idfs: exact identifiers and phrases weigh more than scattered parts;</li>
 *   <li>coverage: the score is multiplied by the idf-weighted share of the terms found, so a chunk that has
 *       every rare word of the question beats one that repeats a single word;</li>
 *   <li>path prior: tests, docs, generated and vendored files ({@link PathKind}) are multiplied by
 *       {@value #SECONDARY_FACTOR}, unless the query names such files ("test", "docs", ...).</li>
 * </ul>
 * The best chunks are then read once more: a chunk that declares a query term ({@link Declarations}: the
 * {@code resize()} of "hash map resize") gains {@value #DEFINITION_WEIGHT} of the term's idf
 * ({@link #definitionBonus}). {@link #diversify} then keeps at most {@value #PER_FILE} chunks of one file
 * among the best.
 */
public final class TextRanking {

    static final double K1 = 1.2;
    static final double B = 0.75;
    static final double NAME_WEIGHT = 2.0;
    static final double JOINED_WEIGHT = 0.5;
    static final double SECONDARY_FACTOR = 0.5;
    static final double DEFINITION_WEIGHT = 1.5;
    public static final int PER_FILE = 2;

    private final List<QueryTerm> terms;
    private final double[] idf;
    private final double averageLength;
    private final boolean secondaryFilesAsked;

    /**
     * @param terms         the query's significant terms, in query order
     * @param idf           the idf of each term, same order
     * @param averageLength the average chunk length in bytes over the index
     */
    public TextRanking(List<QueryTerm> terms, double[] idf, double averageLength) {
        if (terms.size() != idf.length) {
            throw new IllegalArgumentException("One idf per term: " + terms.size() + " terms, " + idf.length + " idfs");
        }
        this.terms = List.copyOf(terms);
        this.idf = idf.clone();
        this.averageLength = averageLength > 0 ? averageLength : 1;
        this.secondaryFilesAsked = terms.stream().anyMatch(term -> PathKind.ASKING_WORDS.contains(term.identifier()));
    }

    /** BM25's idf of a term found in {@code withTerm} of {@code chunks} chunks. */
    public static double idf(long chunks, long withTerm) {
        return Math.log(1 + (chunks - withTerm + 0.5) / (withTerm + 0.5));
    }

    /**
     * What one chunk holds of the query.
     *
     * @param present    per term: every part of the term occurs in the chunk
     * @param identifier per term: the term occurs as a whole identifier
     * @param joined     per pair of neighbouring terms (i, i + 1): both occur as parts of one identifier
     * @param path       the file's path
     * @param nameWords  the words of the file's name (as the index splits it)
     * @param length     the chunk's length in bytes
     */
    public record Evidence(boolean[] present, boolean[] identifier, boolean[] joined, String path,
                           Set<String> nameWords, long length) {
    }

    public double score(Evidence evidence) {
        double norm = K1 * (1 - B + B * evidence.length() / averageLength);
        double nameNorm = nameLengthNorm(evidence.nameWords());
        double score = 0;
        double covered = 0;
        double total = 0;
        for (int i = 0; i < terms.size(); i++) {
            double tf = evidence.identifier()[i] ? 2 : evidence.present()[i] ? 1 : 0;
            score += idf[i] * tf * (K1 + 1) / (tf + norm);
            boolean named = inName(terms.get(i), evidence.nameWords());
            if (named) {
                score += idf[i] * NAME_WEIGHT * nameNorm;
            }
            total += idf[i];
            if (tf > 0 || named) {
                covered += idf[i];
            }
        }
        for (int i = 0; i + 1 < terms.size() && i < evidence.joined().length; i++) {
            if (evidence.joined()[i]) {
                score += JOINED_WEIGHT * (idf[i] + idf[i + 1]);
            }
        }
        score *= total > 0 ? covered / total : 1;
        if (!secondaryFilesAsked && PathKind.of(evidence.path()).secondary()) {
            score *= SECONDARY_FACTOR;
        }
        return score;
    }

    /** What a chunk gains for declaring query terms, given the lower-cased names it declares. */
    public double definitionBonus(Set<String> declaredNames) {
        double bonus = 0;
        for (int i = 0; i < terms.size(); i++) {
            if (declaredNames.contains(terms.get(i).identifier())) {
                bonus += DEFINITION_WEIGHT * idf[i];
            }
        }
        return bonus;
    }

    /**
     * The name field's length normalisation: 1 when every word of the file name is a query word, down to
     * 1/2 as the name has more other words (HashMap.java over IdentityHashMap.java for "hash map").
     */
    private double nameLengthNorm(Set<String> nameWords) {
        if (nameWords.isEmpty()) {
            return 1;
        }
        long asked = nameWords.stream().filter(word -> terms.stream().anyMatch(term -> inName(term, Set.of(word))
                || term.parts().contains(word))).count();
        return 0.5 + 0.5 * asked / nameWords.size();
    }

    private static boolean inName(QueryTerm term, Set<String> nameWords) {
        if (term.parts().size() > 1) {
            return nameWords.containsAll(term.parts()) || nameWords.contains(term.identifier());
        }
        String word = term.identifier();
        return nameWords.contains(word) || nameWords.contains(word + "s") || nameWords.contains(word + "es")
                || (word.length() > 3 && word.endsWith("s") && nameWords.contains(word.substring(0, word.length() - 1)));
    }

    /**
     * The ranked items with at most {@code perFile} of one file in front; the others follow in their order,
     * so nothing is lost to a later page.
     */
    public static <T> List<T> diversify(List<T> ranked, Function<T, String> file, int perFile) {
        List<T> front = new ArrayList<>(ranked.size());
        List<T> deferred = new ArrayList<>();
        Map<String, Integer> perFileCount = new HashMap<>();
        for (T item : ranked) {
            int seen = perFileCount.merge(file.apply(item), 1, Integer::sum);
            (seen <= perFile ? front : deferred).add(item);
        }
        front.addAll(deferred);
        return front;
    }
}
