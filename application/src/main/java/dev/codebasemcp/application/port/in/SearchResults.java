package dev.codebasemcp.application.port.in;

import dev.codebasemcp.domain.search.SearchMode;
import java.util.List;

/**
 * The hits of one search, best first for {@code text}, by repository, path and line for
 * {@code literal} and {@code regex}.
 *
 * @param mode         how the query was read
 * @param hits         at most the query's limit
 * @param limitReached true when more hits exist than were returned (fetch them from {@code nextOffset})
 * @param nextOffset   the offset of the next page when there is one (the limit or the answer budget cut the
 *                     hits off), else null
 * @param omittedHits  hits of this page left out to keep the answer within the budget
 *                     ({@value #MAX_LINES} snippet lines, {@value #MAX_CHARS} characters)
 */
public record SearchResults(SearchMode mode, List<SearchHit> hits, boolean limitReached, Integer nextOffset,
                            int omittedHits) {

    public static final int MAX_LINES = 400;
    public static final int MAX_CHARS = 40_000;

    public SearchResults {
        hits = List.copyOf(hits);
    }

    /** Says what was left out and how to get it, or null when nothing was. */
    public String note() {
        if (omittedHits > 0) {
            return omittedHits + (omittedHits == 1 ? " hit was" : " hits were") + " left out to keep the answer within "
                    + MAX_LINES + " lines and " + MAX_CHARS + " characters; fetch them with offset=" + nextOffset;
        }
        return limitReached ? "More hits exist; fetch the next page with offset=" + nextOffset : null;
    }
}
