package dev.codebasemcp.persistence.jooq.search;

import dev.codebasemcp.application.port.out.SearchCriteria;
import dev.codebasemcp.domain.search.Declarations;
import dev.codebasemcp.domain.search.QueryTerm;
import dev.codebasemcp.domain.search.StopWords;
import dev.codebasemcp.domain.search.TextRanking;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * A ranked text search: picks candidate chunks in the database, scores them with {@link TextRanking} and
 * returns the keys of the best ones in rank order.
 *
 * <p>Candidates: a chunk that holds a rare query term (in at most {@value #CANDIDATE_BUDGET} chunks), or two
 * terms whose expected co-occurrence is as rare, or every term; or whose file name has the most query words. Common words alone never make a candidate, which keeps the set small without losing the
 * chunks that cover the question. Chunk counts per term come from the GIN index once per set of published
 * generations and are cached until that set changes.
 */
final class TextSearch {

    static final int CANDIDATE_BUDGET = 500;
    private static final int CANDIDATE_CAP = 800;
    private static final int NAME_CAP = 200;
    private static final int RERANKED_EXTRA = 20;
    private static final Comparator<Ranked> BEST_FIRST = Comparator.comparingDouble(Ranked::score).reversed()
            .thenComparing(Ranked::path).thenComparingInt(Ranked::ordinal);
    private static final int COUNT_CAP = 10_000;

    record Ranked(long repositoryId, String path, int ordinal, double score) {
    }

    private record Corpus(String signature, long chunks, double averageBytes, Long[] repositories) {
    }

    private final Map<String, Long> chunkCounts = new ConcurrentHashMap<>();
    private volatile String countsSignature = "";

    /** The candidate statement of a search and the ranking that scores its rows. */
    record Candidates(NamedSql sql, TextRanking ranking, int terms) {
    }

    /** The best chunks from {@code criteria.offset()} on, at most {@code criteria.limit()}, best first. */
    List<Ranked> rank(DSLContext tx, SearchCriteria criteria) {
        Candidates candidates = candidates(tx, criteria);
        TextRanking ranking = candidates.ranking();
        NamedSql sql = candidates.sql();
        int n = candidates.terms();
        List<Ranked> ranked = tx.connectionResult(connection -> scored(connection, sql, ranking, n));
        ranked.sort(BEST_FIRST);
        ranked = withDefinitions(tx, ranking, ranked, criteria.offset() + criteria.limit() + RERANKED_EXTRA);
        List<Ranked> diverse = TextRanking.diversify(ranked, hit -> hit.repositoryId() + "/" + hit.path(),
                TextRanking.PER_FILE);
        int from = Math.min(criteria.offset(), diverse.size());
        return diverse.subList(from, Math.min(diverse.size(), from + criteria.limit()));
    }

    /**
     * Reads the candidate rows over plain JDBC by column position: about a thousand rows per search, which
     * the generic record mapping took twice as long to hand over.
     */
    private static List<Ranked> scored(Connection connection, NamedSql sql, TextRanking ranking, int n)
            throws SQLException {
        List<Ranked> ranked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement(sql.sql())) {
            List<Object> values = sql.values();
            for (int i = 0; i < values.size(); i++) {
                Object value = values.get(i);
                if (value instanceof String[] words) {
                    statement.setArray(i + 1, connection.createArrayOf("text", words));
                } else {
                    statement.setObject(i + 1, value);
                }
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long repositoryId = rows.getLong(1);
                    String path = rows.getString(2);
                    int ordinal = rows.getInt(3);
                    if (!seen.add(repositoryId + "\u0000" + path + "\u0000" + ordinal)) {
                        continue;
                    }
                    String bits = rows.getString(6);
                    TextRanking.Evidence evidence = new TextRanking.Evidence(slice(bits, 0, n),
                            slice(bits, n, 2 * n), slice(bits, 2 * n, bits.length()), path,
                            nameWords(rows.getString(5)), rows.getLong(4));
                    ranked.add(new Ranked(repositoryId, path, ordinal, ranking.score(evidence)));
                }
            }
        }
        return ranked;
    }

    Candidates candidates(DSLContext tx, SearchCriteria criteria) {
        List<QueryTerm> terms = StopWords.significant(criteria.terms());
        Corpus corpus = corpus(tx);
        List<String> present = terms.stream().map(TextSearch::presentQuery).toList();
        long[] counts = counts(tx, corpus, present);
        double[] idf = new double[terms.size()];
        for (int i = 0; i < idf.length; i++) {
            idf[i] = TextRanking.idf(corpus.chunks(), counts[i]);
        }
        List<String> features = new ArrayList<>(present);
        terms.forEach(term -> features.add(quoted(term.identifier()) + ":A"));
        for (int i = 0; i + 1 < terms.size(); i++) {
            features.add(quoted(terms.get(i).identifier()) + " <0> " + quoted(terms.get(i + 1).identifier()));
        }
        NamedSql sql = TextStatement.candidates(criteria, candidateQuery(present, counts, corpus.chunks()),
                nameWords(terms), features, CANDIDATE_CAP, NAME_CAP);
        return new Candidates(sql, new TextRanking(terms, idf, corpus.averageBytes()), terms.size());
    }

    /** The best {@code count} chunks read once more for declarations of query terms, then all in order. */
    private static List<Ranked> withDefinitions(DSLContext tx, TextRanking ranking, List<Ranked> ranked, int count) {
        List<Ranked> head = ranked.subList(0, Math.min(count, ranked.size()));
        if (head.isEmpty()) {
            return ranked;
        }
        NamedSql sql = TextStatement.contents(head.stream().map(Ranked::repositoryId).toArray(Long[]::new),
                head.stream().map(Ranked::path).toArray(String[]::new),
                head.stream().map(Ranked::ordinal).toArray(Integer[]::new));
        List<Ranked> rescored = new ArrayList<>(ranked.size());
        for (Record row : tx.fetch(sql.sql(), sql.values().toArray())) {
            Ranked hit = head.get(row.get("rank", Long.class).intValue() - 1);
            double bonus = ranking.definitionBonus(Declarations.declaredNames(row.get("content", String.class)));
            rescored.add(new Ranked(hit.repositoryId(), hit.path(), hit.ordinal(), hit.score() + bonus));
        }
        rescored.addAll(ranked.subList(head.size(), ranked.size()));
        rescored.sort(BEST_FIRST);
        return rescored;
    }

    private Corpus corpus(DSLContext tx) {
        Record row = tx.fetchSingle(TextStatement.CORPUS);
        long chunks = row.get(1, Long.class);
        long bytes = row.get(2, Long.class);
        return new Corpus(row.get(0, String.class), chunks, chunks == 0 ? 1 : (double) bytes / chunks,
                row.get(3, Long[].class));
    }

    private long[] counts(DSLContext tx, Corpus corpus, List<String> queries) {
        if (!corpus.signature().equals(countsSignature)) {
            chunkCounts.clear();
            countsSignature = corpus.signature();
        }
        List<String> missing = queries.stream().filter(query -> !chunkCounts.containsKey(query)).distinct().toList();
        if (!missing.isEmpty()) {
            NamedSql sql = TextStatement.chunkCounts(missing, corpus.repositories(), COUNT_CAP);
            Record row = tx.fetchSingle(sql.sql(), sql.values().toArray());
            for (int i = 0; i < missing.size(); i++) {
                chunkCounts.put(missing.get(i), row.get(i, Long.class));
            }
        }
        return queries.stream().mapToLong(query -> Math.min(chunkCounts.get(query), corpus.chunks())).toArray();
    }

    /** Rare terms, rare pairs, and all terms together. */
    static String candidateQuery(List<String> present, long[] counts, long chunks) {
        Set<String> groups = new LinkedHashSet<>();
        Set<Integer> rare = new HashSet<>();
        for (int i = 0; i < present.size(); i++) {
            if (counts[i] <= CANDIDATE_BUDGET) {
                groups.add("(" + present.get(i) + ")");
                rare.add(i);
            }
        }
        for (int i = 0; i < present.size(); i++) {
            for (int j = i + 1; j < present.size(); j++) {
                double expected = (double) counts[i] * counts[j] / Math.max(1, chunks);
                if (!rare.contains(i) && !rare.contains(j) && expected <= CANDIDATE_BUDGET) {
                    groups.add("(" + present.get(i) + " & " + present.get(j) + ")");
                }
            }
        }
        StringJoiner all = new StringJoiner(" & ", "(", ")");
        present.forEach(all::add);
        groups.add(all.toString());
        return String.join(" | ", groups);
    }

    /** Every part of the term: {@code 'hash' & 'map'}. */
    private static String presentQuery(QueryTerm term) {
        StringJoiner all = new StringJoiner(" & ");
        term.parts().forEach(part -> all.add(quoted(part)));
        return all.toString();
    }

    /** Query words as a file name may hold them: the words, their parts, singular and plural. */
    private static String[] nameWords(List<QueryTerm> terms) {
        Set<String> words = new LinkedHashSet<>();
        for (QueryTerm term : terms) {
            for (String part : term.parts()) {
                words.add(part);
                words.add(part + "s");
                if (part.length() > 3 && part.endsWith("s")) {
                    words.add(part.substring(0, part.length() - 1));
                }
            }
        }
        return words.toArray(String[]::new);
    }

    private static boolean[] slice(String bits, int from, int to) {
        boolean[] slice = new boolean[Math.max(0, to - from)];
        for (int i = from; i < to; i++) {
            slice[i - from] = bits.charAt(i) == '1';
        }
        return slice;
    }

    private static Set<String> nameWords(String spaced) {
        return spaced == null || spaced.isEmpty() ? Set.of() : new HashSet<>(Arrays.asList(spaced.split(" ")));
    }

    private static String quoted(String lexeme) {
        StringBuilder out = new StringBuilder();
        CodeTokenVector.appendQuoted(out, lexeme);
        return out.toString();
    }
}
