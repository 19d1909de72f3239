package dev.codebasemcp.domain.search;

import java.util.List;

/**
 * One identifier of a user's text query with the parts it splits into, all lower-cased.
 * A text matches the term when it contains every part; it matches the term exactly when it
 * contains {@link #identifier()} as a whole identifier.
 *
 * @param identifier the whole identifier, separators kept ({@code parse_args}, {@code hashmap})
 * @param parts      its parts in order, without duplicates; {@code [identifier]} when it does not split
 */
public record QueryTerm(String identifier, List<String> parts) {

    public QueryTerm {
        parts = List.copyOf(parts);
        if (identifier.isEmpty() || parts.isEmpty()) {
            throw new IllegalArgumentException("A query term needs an identifier and at least one part");
        }
    }
}
