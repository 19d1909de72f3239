package dev.codebasemcp.application.port.in;

import dev.codebasemcp.domain.search.SearchMode;
import java.util.List;

/**
 * The hits of one search, best first for {@code text}, by repository, path and line for
 * {@code literal} and {@code regex}.
 *
 * @param mode         how the query was read
 * @param hits         at most the query's limit
 * @param limitReached true when more hits exist than were returned (raise the limit or narrow the query)
 */
public record SearchResults(SearchMode mode, List<SearchHit> hits, boolean limitReached) {

    public SearchResults {
        hits = List.copyOf(hits);
    }
}
