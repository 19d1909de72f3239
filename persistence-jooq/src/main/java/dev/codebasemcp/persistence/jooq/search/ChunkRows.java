package dev.codebasemcp.persistence.jooq.search;

/**
 * The outer select every search shares: the chunks an inner query picked ({@code h}), each with the nearest
 * chunks before and after it in the same file, so a snippet can show context lines across chunk boundaries.
 */
final class ChunkRows {

    static final String COLUMNS = "s.repository_id, s.content_id, s.ordinal, s.project_id, s.repo_path,"
            + " s.path, s.language, s.start_line, s.end_line, s.content";

    private ChunkRows() {
    }

    /**
     * @param inner         selects {@link #COLUMNS} and {@code score}
     * @param matchingLines an int[] expression over {@code h}
     * @param orderBy       an ORDER BY clause, or empty
     */
    static NamedSql around(NamedSql inner, String matchingLines, String orderBy) {
        NamedSql outer = new NamedSql().append("SELECT h.project_id, h.repo_path, h.path, h.language, h.start_line,"
                + " h.end_line, h.content, h.score, " + matchingLines + " AS matching_lines,"
                + " prev.start_line AS prev_start, prev.end_line AS prev_end, prev.content AS prev_content,"
                + " next.start_line AS next_start, next.content AS next_content"
                + " FROM (").append(inner.rawText()).append(") h"
                + " LEFT JOIN LATERAL (SELECT p.start_line, p.end_line, p.content FROM chunk p"
                + " WHERE p.repository_id = h.repository_id AND p.content_id = h.content_id AND p.ordinal < h.ordinal"
                + " ORDER BY p.ordinal DESC LIMIT 1) prev ON true"
                + " LEFT JOIN LATERAL (SELECT n.start_line, n.content FROM chunk n"
                + " WHERE n.repository_id = h.repository_id AND n.content_id = h.content_id AND n.ordinal > h.ordinal"
                + " ORDER BY n.ordinal LIMIT 1) next ON true" + orderBy);
        inner.boundValues().forEach(outer::bind);
        return outer;
    }
}
