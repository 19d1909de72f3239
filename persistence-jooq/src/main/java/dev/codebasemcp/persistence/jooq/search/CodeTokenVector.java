package dev.codebasemcp.persistence.jooq.search;

import dev.codebasemcp.domain.search.CodeTokens;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the value of a chunk's search token column: a PostgreSQL {@code tsvector} in its text input
 * form, computed in Java so the database never runs a text-search parser at index time.
 *
 * <p>Contract between the indexer (writes the column, for example through COPY, cast by the column type)
 * and text search (reads it):
 * <ul>
 *   <li>the column type is {@code tsvector}; it is {@code literal(chunk content)} for each chunk, where the
 *       chunk content is exactly the text whose lines the chunk covers;</li>
 *   <li>lexemes are the tokens of {@link CodeTokens#scan}: whole identifiers lower-cased with {@code _} and
 *       {@code $} kept ({@code parse_args}, {@code httpserver}) and their parts ({@code parse}, {@code args});</li>
 *   <li>a whole-identifier occurrence carries weight {@code A}, a part occurrence the default weight
 *       {@code D}; search ranks {@code lexeme:A} matches (exact identifiers) above part matches;</li>
 *   <li>positions are the identifier ordinals of {@link CodeTokens}; each lexeme keeps at most
 *       {@value #MAX_POSITIONS_PER_WEIGHT} positions per weight, which keeps the column small and
 *       guarantees an {@code A} position survives whenever the lexeme occurs as a whole identifier.</li>
 * </ul>
 * A chunk without identifiers gives the empty string, which PostgreSQL reads as an empty tsvector.
 */
public final class CodeTokenVector {

    public static final int MAX_POSITIONS_PER_WEIGHT = 8;

    private CodeTokenVector() {
    }

    public static String literal(CharSequence chunkContent) {
        Map<String, Positions> lexemes = new LinkedHashMap<>();
        CodeTokens.scan(chunkContent, (lexeme, position, identifier) ->
                lexemes.computeIfAbsent(lexeme, ignored -> new Positions()).add(position, identifier));
        StringBuilder out = new StringBuilder(lexemes.size() * 16);
        for (Map.Entry<String, Positions> entry : lexemes.entrySet()) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            appendQuoted(out, entry.getKey());
            out.append(':');
            entry.getValue().appendTo(out);
        }
        return out.toString();
    }

    static void appendQuoted(StringBuilder out, String lexeme) {
        out.append('\'');
        for (int i = 0; i < lexeme.length(); i++) {
            char c = lexeme.charAt(i);
            if (c == '\'' || c == '\\') {
                out.append(c);
            }
            out.append(c);
        }
        out.append('\'');
    }

    private static final class Positions {
        private final List<Integer> identifier = new ArrayList<>(2);
        private final List<Integer> part = new ArrayList<>(2);

        void add(int position, boolean wholeIdentifier) {
            List<Integer> target = wholeIdentifier ? identifier : part;
            if (target.size() < MAX_POSITIONS_PER_WEIGHT && (target.isEmpty() || target.getLast() != position)) {
                target.add(position);
            }
        }

        void appendTo(StringBuilder out) {
            boolean first = true;
            for (int position : identifier) {
                out.append(first ? "" : ",").append(position).append('A');
                first = false;
            }
            for (int position : part) {
                out.append(first ? "" : ",").append(position);
                first = false;
            }
        }
    }
}
