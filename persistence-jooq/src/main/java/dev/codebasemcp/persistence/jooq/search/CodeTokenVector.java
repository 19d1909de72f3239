package dev.codebasemcp.persistence.jooq.search;

import dev.codebasemcp.domain.search.CodeTokens;
import java.util.LinkedHashMap;
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
 *   <li>positions are the identifier ordinals of {@link CodeTokens}; each lexeme keeps its first
 *       {@value #MAX_POSITIONS_PER_WEIGHT} positions per weight, which keeps the column small (a quarter
 *       smaller than with 8 on the JDK sources; ranking only needs "present as identifier" and a rough
 *       frequency) and guarantees an {@code A} position survives whenever the lexeme occurs as a whole
 *       identifier.</li>
 * </ul>
 * A chunk without identifiers gives the empty string, which PostgreSQL reads as an empty tsvector.
 */
public final class CodeTokenVector {

    public static final int MAX_POSITIONS_PER_WEIGHT = 2;

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

    /** At most {@value #MAX_POSITIONS_PER_WEIGHT} positions per weight, without boxing. */
    private static final class Positions {
        private final int[] identifier = new int[MAX_POSITIONS_PER_WEIGHT];
        private final int[] part = new int[MAX_POSITIONS_PER_WEIGHT];
        private int identifiers;
        private int parts;

        void add(int position, boolean wholeIdentifier) {
            if (wholeIdentifier) {
                identifiers = append(identifier, identifiers, position);
            } else {
                parts = append(part, parts, position);
            }
        }

        private static int append(int[] positions, int count, int position) {
            if (count < positions.length && (count == 0 || positions[count - 1] != position)) {
                positions[count] = position;
                return count + 1;
            }
            return count;
        }

        void appendTo(StringBuilder out) {
            for (int i = 0; i < identifiers; i++) {
                out.append(i == 0 ? "" : ",").append(identifier[i]).append('A');
            }
            for (int i = 0; i < parts; i++) {
                out.append(i == 0 && identifiers == 0 ? "" : ",").append(part[i]);
            }
        }
    }
}
