package dev.codebasemcp.domain.index;

import dev.codebasemcp.domain.InvalidInputException;

/**
 * Bounds of a chunk.
 *
 * @param maxLines  most lines in a chunk (1-10000)
 * @param maxChars  most characters in a chunk (80-1000000); a longer single line becomes a chunk of its own, whole
 * @param minLines  a chunk is not closed at a preferred boundary before it holds this many lines
 *                  (1..maxLines)
 */
public record ChunkingOptions(int maxLines, int maxChars, int minLines) {

    public static final ChunkingOptions DEFAULT = new ChunkingOptions(150, 8000, 20);

    public ChunkingOptions {
        if (maxLines < 1 || maxLines > 10_000) {
            throw new InvalidInputException("chunk_max_lines", "chunk_max_lines must be between 1 and 10000, was " + maxLines);
        }
        if (maxChars < 80 || maxChars > 1_000_000) {
            throw new InvalidInputException("chunk_max_chars", "chunk_max_chars must be between 80 and 1000000, was " + maxChars);
        }
        if (minLines < 1 || minLines > maxLines) {
            throw new InvalidInputException("chunk_min_lines",
                    "chunk_min_lines must be between 1 and chunk_max_lines (" + maxLines + "), was " + minLines);
        }
    }
}
