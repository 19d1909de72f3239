package dev.codebasemcp.application.port.in;

/**
 * One line of a snippet.
 *
 * @param number 1-based line number in the file
 * @param text   the line without its line terminator, cut to {@value #MAX_TEXT_LENGTH} characters
 *               (then ending in {@value #CUT_MARK})
 * @param match  true for a matching line, false for a context line
 */
public record SnippetLine(int number, String text, boolean match) {

    public static final int MAX_TEXT_LENGTH = 500;
    public static final String CUT_MARK = "…";
}
