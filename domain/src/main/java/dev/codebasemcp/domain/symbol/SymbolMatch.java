package dev.codebasemcp.domain.symbol;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A definition that matched a query, and how well.
 *
 * <p>{@link #BEST_FIRST} orders by match quality, then by the length of the qualified name (the
 * query covers more of a shorter name), then by the qualified name and line for a stable order.
 */
public record SymbolMatch(Definition definition, MatchQuality quality) {

    public static final Comparator<SymbolMatch> BEST_FIRST = Comparator.comparing(SymbolMatch::quality)
            .thenComparingInt(match -> match.definition().qualifiedName().length())
            .thenComparing(match -> match.definition().qualifiedName())
            .thenComparingInt(match -> match.definition().startLine());

    public SymbolMatch {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(quality, "quality");
    }

    /** The definitions that match the query, best first. */
    public static List<SymbolMatch> rank(SymbolQuery query, Collection<Definition> definitions) {
        return definitions.stream()
                .flatMap(definition -> query.match(definition).map(quality -> new SymbolMatch(definition, quality)).stream())
                .sorted(BEST_FIRST)
                .toList();
    }
}
