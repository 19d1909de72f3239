package dev.codebasemcp.persistence.jooq.search;

import dev.codebasemcp.application.port.out.SearchCriteria;
import java.util.List;

/**
 * The two SQL statements of a text search over the {@code searchable_chunk} view (active generations only).
 *
 * <p>{@link #candidates}: chunks whose token column (see {@link CodeTokenVector}) matches the candidate
 * {@code tsquery}, answered by the GIN index on {@code content_tokens}, plus chunks of files whose name words
 * ({@code indexed_file.name_tokens}, GIN-indexed) include the most query words, up to {@code nameCap}.
 * The first branch stops at {@code cap} rows; the second reads the chunks of at most {@code nameCap} files.
 * For every candidate it returns the key, the length in bytes ({@code octet_length} reads it from the stored
 * value's header), the file's name words and one bit per feature {@code tsquery}, which {@link TextSearch}
 * turns into a score.
 *
 * <p>{@link #chunks}: the chosen chunks by key, in rank order, with their neighbours for context.
 */
final class TextStatement {

    private TextStatement() {
    }

    static NamedSql candidates(SearchCriteria criteria, String candidateQuery, String[] nameWords,
                               List<String> features, int cap, int nameCap) {
        // One character per feature ('1' or '0') and the name words as one string: plain text columns, which
        // the driver hands over without parsing an array per row.
        StringBuilder featureBits = new StringBuilder("''");
        for (int i = 0; i < features.size(); i++) {
            featureBits.append(" || CASE WHEN c.v @@ CAST(:f").append(i).append(" AS tsquery) THEN '1' ELSE '0' END");
        }
        // The concatenation copies the token column out of its TOAST storage once per row; the features then
        // read the copy instead of fetching the stored value again for each of them.
        String branch = "SELECT s.repository_id, s.path, s.ordinal, s.name_tokens, octet_length(s.content) AS len,"
                + " s.content_tokens || ''::tsvector AS v FROM searchable_chunk s WHERE ";
        // TextSearch reads these columns by position.
        NamedSql sql = new NamedSql().append("SELECT c.repository_id, c.path, c.ordinal, c.len,"
                        + " array_to_string(c.name_tokens, ' ') AS name_words, ")
                .append(featureBits.toString()).append(" AS features FROM ((")
                .append(branch).append("s.content_tokens @@ CAST(:candidates AS tsquery)").filters(criteria)
                .append(" LIMIT :cap) UNION ALL (")
                // Files first: their name words come from the small GIN-indexed file table, and only the chunks
                // of the best-named files are read, instead of testing every chunk of the index.
                .append("WITH named AS MATERIALIZED (SELECT s.* FROM (SELECT r.id AS repository_id, r.project_id,"
                        + " r.repo_path, f.path, f.language, f.content_id, f.name_tokens,"
                        + " (SELECT count(*) FROM unnest(f.name_tokens) w WHERE w = ANY (CAST(:name_words AS text[])))"
                        + " AS asked FROM index_repository r JOIN indexed_file f ON f.generation_id = r.active_generation"
                        + " WHERE f.name_tokens && CAST(:name_words AS text[])) s WHERE true").filters(criteria)
                // Among names with as many query words, the shorter ones first (more of the name is asked).
                .append(" ORDER BY s.asked DESC, cardinality(s.name_tokens) LIMIT :name_cap)"
                        + " SELECT s.repository_id, s.path, c.ordinal, s.name_tokens, octet_length(c.content) AS len,"
                        + " c.content_tokens || ''::tsvector AS v FROM named s JOIN chunk c"
                        + " ON c.repository_id = s.repository_id AND c.content_id = s.content_id"
                        + " WHERE NOT c.content_tokens @@ CAST(:candidates AS tsquery)"
                        + " ORDER BY s.asked DESC, cardinality(s.name_tokens) LIMIT :name_cap)) c")
                .bind("candidates", candidateQuery)
                .bind("name_cap", nameCap)
                .bind("name_words", nameWords)
                .bind("cap", cap);
        for (int i = 0; i < features.size(); i++) {
            sql.bind("f" + i, features.get(i));
        }
        return sql;
    }

    /** The content of the given chunks with their 1-based position in the arrays as {@code rank}. */
    static NamedSql contents(Long[] repositories, String[] paths, Integer[] ordinals) {
        return new NamedSql().append("SELECT k.rank, s.content FROM unnest(CAST(:repositories AS bigint[]),"
                        + " CAST(:paths AS text[]), CAST(:ordinals AS int[])) WITH ORDINALITY AS k(repository_id, path,"
                        + " ordinal, rank) JOIN searchable_chunk s ON s.repository_id = k.repository_id"
                        + " AND s.path = k.path AND s.ordinal = k.ordinal")
                .bind("repositories", repositories)
                .bind("paths", paths)
                .bind("ordinals", ordinals);
    }

    static NamedSql chunks(Long[] repositories, String[] paths, Integer[] ordinals, Double[] scores) {
        NamedSql inner = new NamedSql().append("SELECT " + ChunkRows.COLUMNS + ", k.score, k.rank"
                        + " FROM unnest(CAST(:repositories AS bigint[]), CAST(:paths AS text[]),"
                        + " CAST(:ordinals AS int[]), CAST(:scores AS float8[]))"
                        + " WITH ORDINALITY AS k(repository_id, path, ordinal, score, rank)"
                        + " JOIN searchable_chunk s ON s.repository_id = k.repository_id AND s.path = k.path"
                        + " AND s.ordinal = k.ordinal")
                .bind("repositories", repositories)
                .bind("paths", paths)
                .bind("ordinals", ordinals)
                .bind("scores", scores);
        return ChunkRows.around(inner, "ARRAY[]::int[]", " ORDER BY h.rank");
    }

    /**
     * Per term: how many chunks of the given repositories hold it, up to {@code cap} (enough to tell common
     * from rare; contents that a newer generation no longer uses count too until they are removed).
     */
    static NamedSql chunkCounts(List<String> queries, Long[] repositories, int cap) {
        NamedSql sql = new NamedSql().append("SELECT ");
        for (int i = 0; i < queries.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(SELECT count(*) FROM (SELECT 1 FROM chunk c"
                    + " WHERE c.repository_id = ANY (CAST(:repositories AS bigint[]))"
                    + " AND c.content_tokens @@ CAST(:q" + i + " AS tsquery) LIMIT :cap) x)");
            sql.bind("q" + i, queries.get(i));
        }
        return sql.bind("repositories", repositories).bind("cap", cap);
    }

    /** The active generations (their ids, a cache key), their repositories, chunks and bytes. */
    static final String CORPUS = "SELECT coalesce(string_agg(g.id::text, ',' ORDER BY g.id), ''),"
            + " coalesce(sum(g.chunk_count), 0)::bigint, coalesce(sum(g.byte_count), 0)::bigint,"
            + " coalesce(array_agg(r.id), '{}')::bigint[]"
            + " FROM index_repository r JOIN index_generation g ON g.id = r.active_generation";
}
