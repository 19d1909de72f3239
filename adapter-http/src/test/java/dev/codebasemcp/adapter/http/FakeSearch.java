package dev.codebasemcp.adapter.http;

import dev.codebasemcp.application.port.in.SearchCodeQuery;
import dev.codebasemcp.application.port.in.SearchCodeUseCase;
import dev.codebasemcp.application.port.in.Definition;
import dev.codebasemcp.application.port.in.SearchHit;
import dev.codebasemcp.application.port.in.SearchResults;
import dev.codebasemcp.application.port.in.SnippetLine;
import dev.codebasemcp.domain.search.SearchTooExpensiveException;
import java.time.Duration;
import java.util.List;

/** Answers every search with one hit that quotes the query, or with a timeout for the query "slow". */
final class FakeSearch implements SearchCodeUseCase {

    volatile SearchCodeQuery lastQuery;

    @Override
    public SearchResults search(SearchCodeQuery query) {
        lastQuery = query;
        if (query.query().equals("slow")) {
            throw new SearchTooExpensiveException(Duration.ofMillis(5000), null);
        }
        SearchHit hit = new SearchHit("default", "/srv/repos/alpha", "src/Main.java", "/srv/repos/alpha/src/Main.java",
                "java", 12, 12, List.of(12), 1.5, new Definition(11, "class Main {"), List.of(
                        new SnippetLine(11, "class Main {", false),
                        new SnippetLine(12, "    void " + query.query() + "() {}", true),
                        new SnippetLine(13, "}", false)));
        return new SearchResults(query.mode(), List.of(hit), false, null, 0);
    }
}
