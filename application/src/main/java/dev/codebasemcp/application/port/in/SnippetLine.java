package dev.codebasemcp.application.port.in;

/**
 * One line of a snippet.
 *
 * @param number 1-based line number in the file
 * @param text   the line without its line terminator; a longer line than {@value #MAX_TEXT_LENGTH} characters
 *               is an excerpt of that many around its first match, with {@value #CUT_MARK} where text was left out
 * @param match  true for a matching line, false for a context line
 */
public record SnippetLine(int number, String text, boolean match) {

    public static final int MAX_TEXT_LENGTH = 500;
    public static final String CUT_MARK = "…";
}
