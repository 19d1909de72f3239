package dev.codebasemcp.domain.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Code-aware tokenizer shared by the indexer (what a chunk contains) and search (what a user asks).
 *
 * <p>An <em>identifier</em> is a maximal run of letters, digits, {@code _} and {@code $}; every other
 * character (white space, punctuation, {@code -} of kebab-case, {@code .} of qualified names) separates
 * identifiers. Each identifier yields:
 * <ul>
 *   <li>the whole identifier, lower-cased, separators kept: {@code HTTPServer} gives {@code httpserver},
 *       {@code parse_args} gives {@code parse_args};</li>
 *   <li>its parts, lower-cased, when they differ from the whole: the identifier is split at {@code _} and
 *       {@code $}, between a lower-case letter and an upper-case one ({@code parseArgs}: parse, args),
 *       before the last capital of a run of capitals followed by a lower-case letter ({@code HTTPServer}:
 *       http, server), and between letters and digits ({@code sha256sum}: sha, 256, sum).</li>
 * </ul>
 * Letters that are neither upper- nor lower-case (for example CJK) count as lower-case. Lexemes longer
 * than {@value #MAX_LEXEME_LENGTH} characters are dropped (minified code, encoded blobs); the parts of
 * such an identifier are still kept when they are short enough. Lower-casing uses {@link Locale#ROOT}.
 *
 * <p>The tokenizer is pure and thread-safe.
 */
public final class CodeTokens {

    /** Longest lexeme kept; PostgreSQL allows 2047 bytes, code identifiers are far shorter. */
    public static final int MAX_LEXEME_LENGTH = 100;

    /** Highest position given; later identifiers share it (PostgreSQL's tsvector limit). */
    public static final int MAX_POSITION = 16383;

    /** Receives the tokens of a text in order, without building a list. */
    @FunctionalInterface
    public interface TokenSink {
        /**
         * @param lexeme     lower-cased token
         * @param position   1-based ordinal of the identifier within the text, capped at {@link #MAX_POSITION}
         * @param identifier true for the whole identifier, false for one of its parts
         */
        void token(String lexeme, int position, boolean identifier);
    }

    private CodeTokens() {
    }

    /**
     * Streams the tokens of a text: for each identifier, the whole identifier first (when short enough),
     * then each distinct part that differs from it, all with the identifier's position.
     */
    public static void scan(CharSequence text, TokenSink sink) {
        forEachIdentifier(text, (whole, parts, position) -> {
            boolean wholeKept = whole.length() <= MAX_LEXEME_LENGTH;
            if (wholeKept) {
                sink.token(whole, position, true);
            }
            for (String part : parts) {
                if (!(wholeKept && part.equals(whole))) {
                    sink.token(part, position, false);
                }
            }
        });
    }

    /** The tokens of a text (a chunk) in order; see {@link #scan}. */
    public static List<CodeToken> ofText(CharSequence text) {
        List<CodeToken> tokens = new ArrayList<>();
        scan(text, (lexeme, position, identifier) -> tokens.add(new CodeToken(lexeme, position, identifier)));
        return tokens;
    }

    /**
     * The terms of a user's query, one per distinct identifier in order of first appearance.
     * {@code "hash map resize"} gives three single-part terms; {@code "HashMap.resize()"} gives
     * {@code hashmap [hash, map]} and {@code resize [resize]}; a query without letters or digits gives none.
     */
    public static List<QueryTerm> ofQuery(String query) {
        Map<String, QueryTerm> terms = new LinkedHashMap<>();
        forEachIdentifier(query, (whole, parts, position) ->
                terms.putIfAbsent(whole, new QueryTerm(whole, parts.isEmpty() ? List.of(whole) : parts)));
        return List.copyOf(terms.values());
    }

    @FunctionalInterface
    private interface IdentifierSink {
        void identifier(String whole, List<String> parts, int position);
    }

    private static void forEachIdentifier(CharSequence text, IdentifierSink sink) {
        int length = text.length();
        int position = 0;
        int i = 0;
        while (i < length) {
            if (!isIdentifierChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < length && isIdentifierChar(text.charAt(i))) {
                i++;
            }
            if (isLowerAsciiWord(text, start, i)) {
                // Most identifiers are one lower-case word: no split, no copy of the parts list.
                position = Math.min(position + 1, MAX_POSITION);
                String word = text.subSequence(start, i).toString();
                sink.identifier(word, i - start <= MAX_LEXEME_LENGTH ? List.of(word) : List.of(), position);
            } else if (hasLetterOrDigit(text, start, i)) {
                position = Math.min(position + 1, MAX_POSITION);
                List<String> parts = new ArrayList<>(4);
                splitParts(text, start, i, parts);
                sink.identifier(lowerCase(text, start, i), parts, position);
            }
        }
    }

    /** Distinct, lower-cased, non-empty parts of text[start, end) no longer than the lexeme limit. */
    private static void splitParts(CharSequence text, int start, int end, List<String> parts) {
        int partStart = -1;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '_' || c == '$') {
                addPart(text, partStart, i, parts);
                partStart = -1;
                continue;
            }
            if (partStart >= 0 && startsNewPart(text, i, end)) {
                addPart(text, partStart, i, parts);
                partStart = i;
            } else if (partStart < 0) {
                partStart = i;
            }
        }
        addPart(text, partStart, end, parts);
    }

    /** Whether text[i] begins a new part, given that text[i - 1] is a letter or digit of the same part. */
    private static boolean startsNewPart(CharSequence text, int i, int end) {
        char previous = text.charAt(i - 1);
        char current = text.charAt(i);
        boolean previousDigit = Character.isDigit(previous);
        boolean currentDigit = Character.isDigit(current);
        if (previousDigit != currentDigit) {
            return true;
        }
        if (currentDigit || !Character.isUpperCase(current)) {
            return false;
        }
        if (!Character.isUpperCase(previous)) {
            return true;
        }
        // In a run of capitals the last one starts a new word when a lower-case letter follows: HTTPServer.
        return i + 1 < end && isLowerLetter(text.charAt(i + 1));
    }

    private static void addPart(CharSequence text, int start, int end, List<String> parts) {
        if (start < 0 || end <= start || end - start > MAX_LEXEME_LENGTH) {
            return;
        }
        String part = lowerCase(text, start, end);
        if (!parts.contains(part)) {
            parts.add(part);
        }
    }

    private static boolean isLowerLetter(char c) {
        return Character.isLetter(c) && !Character.isUpperCase(c);
    }

    private static boolean isIdentifierChar(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$';
        }
        return Character.isLetterOrDigit(c);
    }

    private static boolean isLowerAsciiWord(CharSequence text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    private static boolean hasLetterOrDigit(CharSequence text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c != '_' && c != '$') {
                return true;
            }
        }
        return false;
    }

    private static String lowerCase(CharSequence text, int start, int end) {
        char[] chars = new char[end - start];
        boolean ascii = true;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            } else if (c >= 128) {
                ascii = false;
            }
            chars[i - start] = c;
        }
        String lowered = new String(chars);
        return ascii ? lowered : lowered.toLowerCase(Locale.ROOT);
    }
}
