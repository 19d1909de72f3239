package dev.codebasemcp.application.service;

import dev.codebasemcp.application.port.in.SearchCodeQuery;
import dev.codebasemcp.application.port.in.SearchHit;
import dev.codebasemcp.application.port.in.SnippetLine;
import dev.codebasemcp.application.port.out.ChunkHit;
import dev.codebasemcp.domain.search.CodeTokens;
import dev.codebasemcp.domain.search.QueryTerm;
import dev.codebasemcp.domain.search.SearchMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Turns one matching chunk into a hit: which lines match, the snippet around them, the file's paths. */
final class HitAssembler {

    private final SearchCodeQuery query;
    private final Set<String> queryLexemes = new HashSet<>();

    HitAssembler(SearchCodeQuery query) {
        this.query = query;
        for (QueryTerm term : query.terms()) {
            queryLexemes.add(term.identifier());
            queryLexemes.addAll(term.parts());
        }
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
                matches.getLast(), matches, score, snippet(chunk, lines, matches)));
    }

    private List<Integer> textMatches(ChunkHit chunk, List<String> lines) {
        List<Integer> matches = new ArrayList<>();
        for (int number = chunk.chunkStartLine(); number <= chunk.chunkEndLine(); number++) {
            int index = number - chunk.contentStartLine();
            if (index >= 0 && index < lines.size() && containsQueryLexeme(lines.get(index))) {
                matches.add(number);
            }
        }
        return matches;
    }

    private boolean containsQueryLexeme(String line) {
        boolean[] found = {false};
        CodeTokens.scan(line, (lexeme, position, identifier) -> found[0] |= queryLexemes.contains(lexeme));
        return found[0];
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
                snippet.add(new SnippetLine(number, cut(lines.get(number - firstLine)), matching.contains(number)));
            }
            shownUpTo = Math.max(shownUpTo, to);
        }
        return snippet;
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

    private static String cut(String line) {
        return line.length() <= SnippetLine.MAX_TEXT_LENGTH ? line
                : line.substring(0, SnippetLine.MAX_TEXT_LENGTH) + SnippetLine.CUT_MARK;
    }
}
