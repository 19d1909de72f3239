package dev.codebasemcp.domain.index;

/**
 * A run of whole lines of one file.
 *
 * @param startLine first line, 1-based
 * @param endLine   last line, 1-based, inclusive
 * @param content   the lines joined by '\n', without a trailing line break
 * @param truncated true when a single line is longer than the chunk limit; the chunk then holds only
 *                  that line, whole, so search finds a match anywhere in it (the column keeps its
 *                  historical name)
 */
public record Chunk(int startLine, int endLine, String content, boolean truncated) {

    public Chunk {
        if (startLine < 1 || endLine < startLine) {
            throw new IllegalArgumentException("invalid line range " + startLine + "-" + endLine);
        }
        if (content == null) {
            throw new IllegalArgumentException("content must not be null");
        }
    }

    public int lineCount() {
        return endLine - startLine + 1;
    }
}
