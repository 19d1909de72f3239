package dev.codebasemcp.persistence.jooq.search;

import dev.codebasemcp.application.port.out.SearchCriteria;
import dev.codebasemcp.domain.search.QueryTerm;
import dev.codebasemcp.domain.search.SearchMode;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.stream.Stream;

/**
 * The SQL of one search over the {@code searchable_chunk} view (active generations only) and its bind
 * values.
 *
 * <p>literal: {@code LIKE}/{@code ILIKE '%text%'}; regex: {@code ~}/{@code ~*} with the pattern in
 * newline-sensitive mode ({@code (?n)}, so {@code ^}, {@code $} and {@code .} work per line). Both are
 * answered by the trigram GIN index on {@code chunk.content}, take the first {@code limit} chunks the
 * index yields (no sort, so a frequent pattern stops early) and test each line of those chunks with the
 * same operator to find the matching lines.
 *
 * <p>text: {@code content_tokens @@ tsquery} with every part of every query term required, answered by the
 * GIN index on {@code content_tokens}; a part that is a word of the file name ({@code indexed_file.name_tokens},
 * GIN-indexed) need not be in the chunk. Score: one point for each term found as a whole identifier
 * (weight A in the token column, see {@link CodeTokenVector}) plus {@code ts_rank} over any identifier or part
 * with normalization 32 (so below 1), halved, plus half the share of query words that are words of the file name;
 * so chunks
 * with exact identifiers come first; ties by repository, path and line.
 *
 * <p>For every returned chunk the nearest chunks before and after it in the same file are joined, so the
 * snippet can show context lines across chunk boundaries.
 */
record SearchStatement(String sql, List<Object> binds) {

    static SearchStatement of(SearchCriteria criteria) {
        List<Object> binds = new ArrayList<>();
        // Binds are collected in the order their placeholders appear: the line test in the outer select first.
        String lineTest = criteria.mode() == SearchMode.TEXT ? null : lineTest(criteria, binds);
        String inner = criteria.mode() == SearchMode.TEXT ? textQuery(criteria, binds) : patternQuery(criteria, binds);
        String matchingLines = lineTest == null ? "ARRAY[]::int[]"
                : "ARRAY(SELECT h.start_line + (l.n - 1)::int"
                + " FROM unnest(string_to_array(h.content, E'\\n')) WITH ORDINALITY AS l(line, n)"
                + " WHERE " + lineTest + " ORDER BY l.n)";
        String sql = "SELECT h.project_id, h.repo_path, h.path, h.language, h.start_line, h.end_line, h.content,"
                + " h.score, " + matchingLines + " AS matching_lines,"
                + " prev.start_line AS prev_start, prev.end_line AS prev_end, prev.content AS prev_content,"
                + " next.start_line AS next_start, next.content AS next_content"
                + " FROM (" + inner + ") h"
                + " LEFT JOIN LATERAL (SELECT p.start_line, p.end_line, p.content FROM chunk p"
                + " WHERE p.repository_id = h.repository_id AND p.content_id = h.content_id AND p.ordinal < h.ordinal"
                + " ORDER BY p.ordinal DESC LIMIT 1) prev ON true"
                + " LEFT JOIN LATERAL (SELECT n.start_line, n.content FROM chunk n"
                + " WHERE n.repository_id = h.repository_id AND n.content_id = h.content_id AND n.ordinal > h.ordinal"
                + " ORDER BY n.ordinal LIMIT 1) next ON true"
                + (criteria.mode() == SearchMode.TEXT ? " ORDER BY h.score DESC, h.repo_path, h.path, h.start_line" : "");
        return new SearchStatement(sql, List.copyOf(binds));
    }

    private static final String COLUMNS = "s.repository_id, s.content_id, s.ordinal, s.project_id, s.repo_path,"
            + " s.path, s.language, s.start_line, s.end_line, s.content";

    private static String lineTest(SearchCriteria criteria, List<Object> binds) {
        binds.add(patternValue(criteria));
        return "l.line " + operator(criteria) + " ?";
    }

    private static String patternQuery(SearchCriteria criteria, List<Object> binds) {
        binds.add(patternValue(criteria));
        StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS).append(", 0::float8 AS score")
                .append(" FROM searchable_chunk s WHERE s.content ").append(operator(criteria)).append(" ?");
        appendFilters(criteria, sql, binds);
        binds.add(criteria.limit());
        return sql.append(" LIMIT ?").toString();
    }

    private static String textQuery(SearchCriteria criteria, List<Object> binds) {
        List<String> parts = parts(criteria.terms());
        String[] partArray = parts.toArray(String[]::new);
        StringJoiner boosts = new StringJoiner(" + ");
        for (QueryTerm term : criteria.terms()) {
            boosts.add("(s.content_tokens @@ CAST(? AS tsquery))::int");
            binds.add(quoted(term.identifier()) + ":A");
        }
        binds.add(rankQuery(criteria.terms()));
        binds.add(partArray);
        binds.add(parts.size());
        String score = "(" + boosts + " + 0.5 * ts_rank(s.content_tokens, CAST(? AS tsquery), 32)"
                + " + 0.5 * (SELECT count(*) FROM unnest(CAST(? AS text[])) p WHERE p = ANY (s.name_tokens))"
                + " / CAST(? AS float8))::float8 AS score";
        String match = matchQuery(criteria.terms());
        binds.add(match);
        StringBuilder union = new StringBuilder("SELECT ").append(COLUMNS).append(", s.content_tokens, s.name_tokens")
                .append(" FROM searchable_chunk s WHERE s.content_tokens @@ CAST(? AS tsquery)");
        appendFilters(criteria, union, binds);
        // Chunks of files whose name holds some query words: the other words must be in the chunk or, when
        // the name holds them all, any one of them. Chunks with every word are in the first branch already.
        // One tsquery per file, so each chunk's token column is read once: (rest or any) & !(words in the name).
        union.append(" UNION ALL SELECT ").append(COLUMNS).append(", s.content_tokens, s.name_tokens")
                .append(" FROM searchable_chunk s CROSS JOIN LATERAL (SELECT")
                .append(" string_agg(quote_literal(p), ' & ') FILTER (WHERE NOT p = ANY (s.name_tokens)) AS rest,")
                .append(" string_agg(quote_literal(p), ' & ') FILTER (WHERE p = ANY (s.name_tokens)) AS named")
                .append(" FROM unnest(CAST(? AS text[])) p) m")
                .append(" WHERE s.name_tokens && CAST(? AS text[])")
                .append(" AND s.content_tokens @@ CAST('(' || coalesce(m.rest, ?) || ') & !(' || m.named || ')' AS tsquery)");
        binds.add(partArray);
        binds.add(partArray);
        binds.add(anyQuery(parts));
        appendFilters(criteria, union, binds);
        binds.add(criteria.limit());
        return "SELECT " + COLUMNS + ", " + score + " FROM (" + union + ") s"
                + " ORDER BY score DESC, s.repo_path, s.path, s.start_line LIMIT ?";
    }

    private static List<String> parts(List<QueryTerm> terms) {
        return terms.stream().flatMap(term -> term.parts().stream()).distinct().toList();
    }

    private static String anyQuery(List<String> lexemes) {
        StringJoiner any = new StringJoiner(" | ");
        lexemes.forEach(lexeme -> any.add(quoted(lexeme)));
        return any.toString();
    }

    /** Every part of every term: {@code 'hash' & 'map' & 'resize'}. */
    static String matchQuery(List<QueryTerm> terms) {
        StringJoiner all = new StringJoiner(" & ");
        parts(terms).forEach(part -> all.add(quoted(part)));
        return all.toString();
    }

    /**
     * Every identifier and part, any of them: ranks by how often and with which weight they occur.
     * (An AND query would rank parts of one identifier at zero, as they share a position.)
     */
    static String rankQuery(List<QueryTerm> terms) {
        return anyQuery(terms.stream().flatMap(term -> Stream.concat(Stream.of(term.identifier()),
                term.parts().stream())).distinct().toList());
    }

    private static void appendFilters(SearchCriteria criteria, StringBuilder sql, List<Object> binds) {
        if (criteria.projectId() != null) {
            sql.append(" AND s.project_id = ?");
            binds.add(criteria.projectId().value());
        }
        if (criteria.repository() != null) {
            sql.append(" AND s.repo_path = ?");
            binds.add(criteria.repository().toString());
        }
        if (criteria.language() != null) {
            sql.append(" AND s.language = ?");
            binds.add(criteria.language());
        }
        if (criteria.pathGlob() != null) {
            sql.append(" AND s.path ~ ?");
            binds.add(criteria.pathGlob().regex());
        }
    }

    private static String operator(SearchCriteria criteria) {
        boolean regex = criteria.mode() == SearchMode.REGEX;
        if (criteria.caseSensitive()) {
            return regex ? "~" : "LIKE";
        }
        return regex ? "~*" : "ILIKE";
    }

    private static String patternValue(SearchCriteria criteria) {
        if (criteria.mode() == SearchMode.REGEX) {
            return "(?n)" + criteria.regex().body();
        }
        return "%" + escapeLike(criteria.query()) + "%";
    }

    static String escapeLike(String literal) {
        StringBuilder escaped = new StringBuilder(literal.length() + 8);
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c == '\\' || c == '%' || c == '_') {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    private static String quoted(String lexeme) {
        StringBuilder out = new StringBuilder();
        CodeTokenVector.appendQuoted(out, lexeme);
        return out.toString();
    }
}
