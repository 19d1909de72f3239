package dev.codebasemcp.persistence.jooq.search;

import dev.codebasemcp.application.port.out.SearchCriteria;
import dev.codebasemcp.domain.search.SearchMode;

/**
 * The SQL of a literal or regex search over the {@code searchable_chunk} view (active generations only).
 *
 * <p>literal: {@code LIKE}/{@code ILIKE '%text%'}; regex: {@code ~}/{@code ~*} with the pattern (already
 * translated to PostgreSQL's ARE) in newline-sensitive mode ({@code (?n)}, so {@code ^}, {@code $} and
 * {@code .} work per line). Both are answered by the trigram GIN index on {@code chunk.content}, take the
 * chunks the index yields up to the offset plus the limit (no sort, so a frequent pattern stops early) and
 * test each line of those chunks with the same operator to find the matching lines.
 */
final class PatternStatement {

    private PatternStatement() {
    }

    static NamedSql of(SearchCriteria criteria) {
        NamedSql inner = new NamedSql().append("SELECT " + ChunkRows.COLUMNS + ", 0::float8 AS score"
                        + " FROM searchable_chunk s WHERE s.content " + operator(criteria) + " :pattern")
                .filters(criteria)
                .append(" LIMIT :limit");
        String matchingLines = "ARRAY(SELECT h.start_line + (l.n - 1)::int"
                + " FROM unnest(string_to_array(h.content, E'\\n')) WITH ORDINALITY AS l(line, n)"
                + " WHERE l.line " + operator(criteria) + " :pattern ORDER BY l.n)";
        return ChunkRows.around(inner, matchingLines, "")
                .bind("pattern", patternValue(criteria))
                .bind("limit", criteria.offset() + criteria.limit());
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
}
