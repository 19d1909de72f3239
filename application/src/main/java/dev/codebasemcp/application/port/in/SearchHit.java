package dev.codebasemcp.application.port.in;

import java.util.List;

/**
 * One place that matches: a run of matching lines within one chunk of one file.
 *
 * @param projectId    the project the repository belongs to
 * @param repository   absolute path of the repository root
 * @param path         file path relative to the repository root, with {@code /}
 * @param absolutePath the file's absolute path
 * @param language     the language the indexer detected, or null when it detected none
 * @param startLine    first matching line (1-based)
 * @param endLine      last matching line (1-based, inclusive)
 * @param matchLines   every matching line number in this hit, ascending
 * @param score        text: relevance, higher is better (see {@code TextRanking}); literal and regex: the number
 *                     of matching lines
 * @param definition   the definition the first matching line lies in, when a line-based look finds one; else null
 * @param snippet      the matching lines with up to {@code context_lines} lines before and after each,
 *                     ascending; lines of separate groups are not contiguous
 */
public record SearchHit(String projectId, String repository, String path, String absolutePath, String language,
                        int startLine, int endLine, List<Integer> matchLines, double score,
                        Definition definition, List<SnippetLine> snippet) {

    public SearchHit {
        matchLines = List.copyOf(matchLines);
        snippet = List.copyOf(snippet);
    }
}
