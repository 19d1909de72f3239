package dev.codebasemcp.application.port.out;

import dev.codebasemcp.domain.project.ProjectId;
import java.nio.file.Path;
import java.util.List;

/**
 * One matching chunk as the index stores it.
 *
 * @param projectId        the repository's project
 * @param repository       absolute repository root
 * @param path             file path relative to the root, with {@code /}
 * @param language         detected language, or null
 * @param chunkStartLine   first line of the chunk (1-based)
 * @param chunkEndLine     last line of the chunk (inclusive)
 * @param contentStartLine line number of the first line of {@code content}; at most {@code chunkStartLine}
 * @param content          the chunk's lines, possibly widened by neighbouring lines of the same file for
 *                         context; lines end in {@code \n} (a final line may lack it)
 * @param matchingLines    literal and regex: matching line numbers within the chunk, ascending; text: empty
 * @param score            text: relevance (higher is better); literal and regex: 0
 */
public record ChunkHit(ProjectId projectId, Path repository, String path, String language, int chunkStartLine,
                       int chunkEndLine, int contentStartLine, String content, List<Integer> matchingLines,
                       double score) {

    public ChunkHit {
        matchingLines = List.copyOf(matchingLines);
    }
}
