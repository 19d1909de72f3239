package dev.codebasemcp.application.port.out;

import dev.codebasemcp.domain.project.ProjectId;
import dev.codebasemcp.domain.search.PathGlob;
import dev.codebasemcp.domain.search.PosixRegex;
import dev.codebasemcp.domain.search.QueryTerm;
import dev.codebasemcp.domain.search.SearchMode;
import java.nio.file.Path;
import java.util.List;

/**
 * A validated search as the index store receives it. Null filters mean "any".
 *
 * @param mode          how to match
 * @param query         the literal text (literal mode) or the raw user query (other modes)
 * @param terms         text mode: the query's terms, never empty; other modes: empty
 * @param regex         regex mode: the parsed pattern; other modes: null
 * @param caseSensitive literal and regex: match case exactly
 * @param offset        how many chunks of the full answer to skip (paging): text skips the best ones,
 *                      literal and regex the first ones the index yields
 * @param limit         the most chunks to return
 * @param contextLines  how many lines around a match the caller will show; the store may widen each hit's
 *                      content by up to this many neighbouring lines of the same file
 */
public record SearchCriteria(SearchMode mode, String query, List<QueryTerm> terms, PosixRegex regex,
                             boolean caseSensitive, ProjectId projectId, Path repository, PathGlob pathGlob,
                             String language, int offset, int limit, int contextLines) {

    public SearchCriteria {
        terms = List.copyOf(terms);
    }
}
