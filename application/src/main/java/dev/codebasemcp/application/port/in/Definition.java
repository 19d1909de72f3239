package dev.codebasemcp.application.port.in;

/**
 * The definition a hit lies in, as far as a line-based look can tell: the nearest line above the first
 * matching line, less indented than it, that reads like a declaration (class, function, method, ...).
 *
 * @param line 1-based line number of the declaration
 * @param text the declaration line, stripped and cut to {@value SnippetLine#MAX_TEXT_LENGTH} characters
 */
public record Definition(int line, String text) {
}
