package dev.codebasemcp.application.service;

import dev.codebasemcp.application.port.in.SearchCodeQuery;
import dev.codebasemcp.application.port.in.SearchHit;
import dev.codebasemcp.application.port.in.SnippetLine;
import dev.codebasemcp.application.port.out.ChunkHit;
import dev.codebasemcp.domain.search.CodeTokens;
import dev.codebasemcp.domain.search.QueryTerm;
import dev.codebasemcp.domain.search.SearchMode;
import dev.codebasemcp.domain.search.StopWords;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Turns one matching chunk into a hit: which lines match, the snippet around them, the enclosing definition,
 * the file's paths.
 *
 * <p>In text mode a line matches when it carries the query: one of the query's identifiers as a whole
 * identifier, or every part of one of them within one identifier ({@code parseArgs} for {@code parse_args}),
 * or one of its single words as an identifier or a part of one ({@code HashMap} for "hash map").
 * A lone part of a queried identifier does not count ({@code Map} for {@code ConcurrentHashMap}), nor does a
 * word inside another word ({@code map} in {@code mappings}), nor a stop word of a question.
 *
 * <p>A line longer than {@value SnippetLine#MAX_TEXT_LENGTH} characters is shown as an excerpt around its
 * first match, with {@value SnippetLine#CUT_MARK} where text was left out.
 */
final class HitAssembler {

    private final SearchCodeQuery query;
    private final Set<String> identifiers = new HashSet<>();
    private final Set<String> words = new HashSet<>();
    private final List<List<String>> splitTerms = new ArrayList<>();
    private final Pattern regex;

    HitAssembler(SearchCodeQuery query) {
        this.query = query;
        for (QueryTerm term : StopWords.significant(query.terms())) {
            identifiers.add(term.identifier());
            if (term.parts().size() == 1) {
                words.add(term.identifier());
            } else {
                splitTerms.add(term.parts());
            }
        }
        this.regex = query.mode() == SearchMode.REGEX ? javaPattern(query) : null;
    }

    /** The hit, or empty when no single line of the chunk matches (a pattern that only matched across lines). */
    Optional<SearchHit> assemble(ChunkHit chunk) {
        List<String> lines = lines(chunk.content());
        List<Integer> matches = query.mode() == SearchMode.TEXT ? textMatches(chunk, lines) : chunk.matchingLines();
        if (matches.isEmpty()) {
            return Optional.empty();
        }
        double score = query.mode() == SearchMode.TEXT ? chunk.score() : matches.size();
        return Optional.of(new SearchHit(chunk.projectId().value(), chunk.repository().toString(), chunk.path(),
                chunk.repository().resolve(chunk.path()).toString(), chunk.language(), matches.getFirst(),
                matches.getLast(), matches, score,
                DeclarationLines.enclosing(lines, chunk.contentStartLine(), matches.getFirst()),
                snippet(chunk, lines, matches)));
    }

    private List<Integer> textMatches(ChunkHit chunk, List<String> lines) {
        List<Integer> matches = new ArrayList<>();
        for (int number = chunk.chunkStartLine(); number <= chunk.chunkEndLine(); number++) {
            int index = number - chunk.contentStartLine();
            if (index >= 0 && index < lines.size() && carriesQuery(lines.get(index))) {
                matches.add(number);
            }
        }
        return matches;
    }

    private boolean carriesQuery(String line) {
        boolean[] found = {false};
        Map<Integer, Set<String>> partsByIdentifier = new HashMap<>();
        CodeTokens.scan(line, (lexeme, position, identifier) -> {
            found[0] |= identifier ? identifiers.contains(lexeme) || words.contains(lexeme) : words.contains(lexeme);
            partsByIdentifier.computeIfAbsent(position, ignored -> new HashSet<>()).add(lexeme);
        });
        // A queried identifier written another way: every part of parse_args in parseArgs.
        return found[0] || partsByIdentifier.values().stream()
                .anyMatch(parts -> splitTerms.stream().anyMatch(parts::containsAll));
    }

    private List<SnippetLine> snippet(ChunkHit chunk, List<String> lines, List<Integer> matches) {
        Set<Integer> matching = new HashSet<>(matches);
        int firstLine = chunk.contentStartLine();
        int lastLine = firstLine + lines.size() - 1;
        List<SnippetLine> snippet = new ArrayList<>();
        int shownUpTo = firstLine - 1;
        for (int match : matches) {
            int from = Math.max(Math.max(firstLine, match - query.contextLines()), shownUpTo + 1);
            int to = Math.min(lastLine, match + query.contextLines());
            for (int number = from; number <= to; number++) {
                String text = lines.get(number - firstLine);
                boolean isMatch = matching.contains(number);
                snippet.add(new SnippetLine(number, cut(text, isMatch ? matchOffset(text) : 0), isMatch));
            }
            shownUpTo = Math.max(shownUpTo, to);
        }
        return snippet;
    }

    /** Where in a matching line the match starts, as near as the mode can tell cheaply. */
    private int matchOffset(String line) {
        if (line.length() <= SnippetLine.MAX_TEXT_LENGTH) {
            return 0;
        }
        return switch (query.mode()) {
            case LITERAL -> Math.max(0, query.caseSensitive() ? line.indexOf(query.query())
                    : line.toLowerCase(Locale.ROOT).indexOf(query.query().toLowerCase(Locale.ROOT)));
            case REGEX -> {
                if (regex == null) {
                    yield 0;
                }
                Matcher matcher = regex.matcher(line);
                yield matcher.find() ? matcher.start() : 0;
            }
            case TEXT -> {
                String lower = line.toLowerCase(Locale.ROOT);
                int first = Integer.MAX_VALUE;
                for (String identifier : identifiers) {
                    int at = lower.indexOf(identifier);
                    if (at >= 0) {
                        first = Math.min(first, at);
                    }
                }
                yield first == Integer.MAX_VALUE ? 0 : first;
            }
        };
    }

    private static Pattern javaPattern(SearchCodeQuery query) {
        try {
            return Pattern.compile(query.query(), query.caseSensitive() ? 0 : Pattern.CASE_INSENSITIVE);
        } catch (PatternSyntaxException notJavaSyntax) {
            return null;
        }
    }

    static List<String> lines(String content) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < content.length()) {
            int newline = content.indexOf('\n', start);
            int end = newline < 0 ? content.length() : newline;
            int textEnd = end > start && content.charAt(end - 1) == '\r' ? end - 1 : end;
            lines.add(content.substring(start, textEnd));
            start = end + 1;
        }
        return lines;
    }

    /** At most {@value SnippetLine#MAX_TEXT_LENGTH} characters of the line, starting a little before {@code offset}. */
    static String cut(String line, int offset) {
        int max = SnippetLine.MAX_TEXT_LENGTH;
        if (line.length() <= max) {
            return line;
        }
        int start = Math.max(0, Math.min(offset - max / 5, line.length() - max));
        if (start > 0 && Character.isLowSurrogate(line.charAt(start))) {
            start++;
        }
        int end = Math.min(line.length(), start + max);
        if (end < line.length() && Character.isHighSurrogate(line.charAt(end - 1))) {
            end--;
        }
        return (start > 0 ? SnippetLine.CUT_MARK : "") + line.substring(start, end)
                + (end < line.length() ? SnippetLine.CUT_MARK : "");
    }
}
