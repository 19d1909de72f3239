package dev.codebasemcp.domain.semantic;

import dev.codebasemcp.domain.search.CodeTokens;
import dev.codebasemcp.domain.search.QueryTerm;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The short, meaning-dense text embedded for a chunk instead of its whole body. An embedding model's
 * cost grows with the length of its input, and a 60-line body is mostly noise to it; the meaning sits
 * in a few places. In this order, each part capped, the whole cut at a word to {@code maxChars}:
 * <ol>
 *   <li>the words of the file's path ({@code java/util/HashMap.java}: java util hash map);</li>
 *   <li>the first sentences of the chunk's first doc comment ({@code /** ... *}{@code /}, a run of
 *       {@code //} or {@code #} lines, or a Python docstring), without markup; licence headers are skipped;</li>
 *   <li>the first declaration lines: methods, functions, classes and other types;</li>
 *   <li>the words of the chunk's most frequent identifiers, split at camelCase and snake_case, without
 *       the languages' keywords.</li>
 * </ol>
 * A chunk without declarations contributes its first code lines instead. Pure and thread-safe.
 */
public final class EmbeddingText {

    /** Default bound: about 100 tokens of a BERT-style tokenizer. */
    public static final int DEFAULT_MAX_CHARS = 400;

    private static final int PATH_CHARS = 80;
    private static final int DOC_CHARS = 160;
    private static final int DECLARATION_CHARS = 200;
    private static final int DECLARATION_LINES = 3;
    private static final int IDENTIFIER_WORDS = 16;

    private EmbeddingText() {
    }

    /** The text to embed for a chunk, at most {@value #DEFAULT_MAX_CHARS} characters. */
    public static String forChunk(String path, String content) {
        return forChunk(path, content, DEFAULT_MAX_CHARS);
    }

    /**
     * The text to embed for a chunk.
     *
     * @param path     the file's path relative to its repository
     * @param content  the chunk's lines
     * @param maxChars the longest result, at least 40
     */
    public static String forChunk(String path, String content, int maxChars) {
        if (maxChars < 40) {
            throw new IllegalArgumentException("maxChars must be at least 40, was " + maxChars);
        }
        List<String> lines = content.lines().toList();
        List<String> parts = new ArrayList<>(4);
        addPart(parts, cut(pathWords(path), PATH_CHARS));
        addPart(parts, cut(DocComments.firstSentences(lines), DOC_CHARS));
        addPart(parts, cut(String.join(" ", Declarations.leading(lines, DECLARATION_LINES)), DECLARATION_CHARS));
        addPart(parts, String.join(" ", frequentWords(codeOnly(lines))));
        return cut(joinSentences(parts), maxChars);
    }

    /** The parts joined as sentences: a part that was cut after a comma or colon gets a full stop instead. */
    private static String joinSentences(List<String> parts) {
        StringBuilder joined = new StringBuilder();
        for (String part : parts) {
            if (!joined.isEmpty()) {
                while (",;:".indexOf(joined.charAt(joined.length() - 1)) >= 0) {
                    joined.setLength(joined.length() - 1);
                }
                joined.append(".!?".indexOf(joined.charAt(joined.length() - 1)) >= 0 ? " " : ". ");
            }
            joined.append(part);
        }
        return joined.toString();
    }

    private static String codeOnly(List<String> lines) {
        boolean[] comment = DocComments.commentLines(lines);
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (!comment[i]) {
                code.append(lines.get(i)).append('\n');
            }
        }
        return code.toString();
    }

    static String pathWords(String path) {
        int dot = path.lastIndexOf('.');
        String withoutExtension = dot > path.lastIndexOf('/') + 1 ? path.substring(0, dot) : path;
        Set<String> words = new LinkedHashSet<>();
        for (QueryTerm term : CodeTokens.ofQuery(withoutExtension)) {
            words.addAll(term.parts());
        }
        return String.join(" ", words);
    }

    private static List<String> frequentWords(String content) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        WordSink words = new WordSink(word -> {
            if (word.length() > 1 && !Keywords.isKeyword(word) && !Character.isDigit(word.charAt(0))) {
                counts.merge(word, 1, Integer::sum);
            }
        });
        CodeTokens.scan(content, words);
        words.finish();
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(IDENTIFIER_WORDS)
                .map(Map.Entry::getKey)
                .toList();
    }

    /**
     * Turns the token stream into words: the parts of a split identifier, or the identifier itself when
     * it does not split ({@link CodeTokens#scan} then emits only the whole).
     */
    private static final class WordSink implements CodeTokens.TokenSink {

        private final Consumer<String> word;
        private String unsplit;

        WordSink(Consumer<String> word) {
            this.word = word;
        }

        @Override
        public void token(String lexeme, int position, boolean identifier) {
            if (identifier) {
                finish();
                unsplit = lexeme;
            } else {
                unsplit = null;
                word.accept(lexeme);
            }
        }

        void finish() {
            if (unsplit != null) {
                word.accept(unsplit);
                unsplit = null;
            }
        }
    }

    private static void addPart(List<String> parts, String part) {
        if (!part.isBlank()) {
            parts.add(part);
        }
    }

    /** The text cut at the last space within {@code max} characters (or at {@code max} when it has none). */
    static String cut(String text, int max) {
        String collapsed = text.strip().replaceAll("\\s+", " ");
        if (collapsed.length() <= max) {
            return collapsed;
        }
        int space = collapsed.lastIndexOf(' ', max);
        int end = space > max / 2 ? space : max;
        if (Character.isHighSurrogate(collapsed.charAt(end - 1))) {
            end--;
        }
        return collapsed.substring(0, end).strip();
    }
}
