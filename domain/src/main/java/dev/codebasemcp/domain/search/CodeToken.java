package dev.codebasemcp.domain.search;

/**
 * One token of a text as {@link CodeTokens#ofText} emits it.
 *
 * @param lexeme     lower-cased, never empty, at most {@value CodeTokens#MAX_LEXEME_LENGTH} characters
 * @param position   1-based ordinal of the identifier it came from within the text, at most
 *                   {@value CodeTokens#MAX_POSITION}
 * @param identifier true for a whole identifier (separators kept: {@code parse_args}), false for one
 *                   of its parts ({@code parse}, {@code args})
 */
public record CodeToken(String lexeme, int position, boolean identifier) {
}
