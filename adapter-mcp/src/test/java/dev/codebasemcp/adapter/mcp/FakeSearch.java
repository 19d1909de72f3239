package dev.codebasemcp.adapter.mcp;

import dev.codebasemcp.application.port.in.SearchCodeQuery;
import dev.codebasemcp.application.port.in.SearchCodeUseCase;
import dev.codebasemcp.application.port.in.SearchResults;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every query and answers with the results (or the failure) a test set. */
final class FakeSearch implements SearchCodeUseCase {

    private final List<SearchCodeQuery> queries = new CopyOnWriteArrayList<>();
    private volatile SearchResults results;
    private volatile RuntimeException failure;

    void answer(SearchResults next) {
        this.results = next;
    }

    void failWith(RuntimeException next) {
        this.failure = next;
    }

    List<SearchCodeQuery> queries() {
        return queries;
    }

    @Override
    public SearchResults search(SearchCodeQuery query) {
        queries.add(query);
        if (failure != null) {
            throw failure;
        }
        return results == null ? new SearchResults(query.mode(), List.of(), false, null, 0) : results;
    }
}
