package dev.codebasemcp.application.service;

import dev.codebasemcp.application.port.in.SearchCodeQuery;
import dev.codebasemcp.application.port.in.SearchCodeUseCase;
import dev.codebasemcp.application.port.in.SearchHit;
import dev.codebasemcp.application.port.in.SearchResults;
import dev.codebasemcp.application.port.out.ChunkHit;
import dev.codebasemcp.application.port.out.CodeSearch;
import dev.codebasemcp.application.port.out.PathInspector;
import dev.codebasemcp.application.port.out.SearchCriteria;
import dev.codebasemcp.domain.InvalidInputException;
import dev.codebasemcp.domain.project.ProjectId;
import dev.codebasemcp.domain.search.PosixRegex;
import dev.codebasemcp.domain.search.SearchMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs a search on the index and turns matching chunks into hits with exact line numbers and snippets.
 * Asks the index for one chunk more than the limit to tell whether the limit cut the results off; checks
 * that the project or repository is known only when nothing matched, so a normal search costs one query.
 */
public final class SearchCodeService implements SearchCodeUseCase {

    private static final Comparator<SearchHit> BY_LOCATION = Comparator.comparing(SearchHit::repository)
            .thenComparing(SearchHit::path)
            .thenComparingInt(SearchHit::startLine);

    private final CodeSearch codeSearch;
    private final PathInspector paths;

    /** @param paths resolves a repository path to its real path, as the indexer stores repositories */
    public SearchCodeService(CodeSearch codeSearch, PathInspector paths) {
        this.codeSearch = codeSearch;
        this.paths = paths;
    }

    @Override
    public SearchResults search(SearchCodeQuery asked) {
        SearchCodeQuery query = withRealRepoPath(asked);
        List<ChunkHit> chunks = codeSearch.find(criteria(query));
        if (chunks.isEmpty()) {
            checkScopeIsIndexed(query);
        }
        HitAssembler assembler = new HitAssembler(query);
        List<SearchHit> hits = new ArrayList<>(chunks.size());
        for (ChunkHit chunk : chunks) {
            assembler.assemble(chunk).ifPresent(hits::add);
        }
        if (query.mode() != SearchMode.TEXT) {
            hits.sort(BY_LOCATION);
        }
        boolean limitReached = hits.size() > query.limit();
        List<SearchHit> page = limitReached ? hits.subList(0, query.limit()) : hits;
        List<SearchHit> kept = withinBudget(page);
        int omitted = page.size() - kept.size();
        Integer nextOffset = limitReached || omitted > 0 ? query.offset() + kept.size() : null;
        return new SearchResults(query.mode(), kept, limitReached || omitted > 0, nextOffset, omitted);
    }

    /** The first hits whose snippets fit the answer budget; always at least one. */
    private static List<SearchHit> withinBudget(List<SearchHit> hits) {
        int lines = 0;
        int chars = 0;
        int count = 0;
        for (SearchHit hit : hits) {
            lines += hit.snippet().size();
            chars += hit.snippet().stream().mapToInt(line -> line.text().length() + 12).sum();
            if (count > 0 && (lines > SearchResults.MAX_LINES || chars > SearchResults.MAX_CHARS)) {
                break;
            }
            count++;
        }
        return hits.subList(0, count);
    }

    /** A path that does not exist here keeps its form: it may name a repository indexed elsewhere. */
    private SearchCodeQuery withRealRepoPath(SearchCodeQuery query) {
        if (query.repoPath() == null) {
            return query;
        }
        Path real = paths.inspect(query.repoPath()).realPath();
        return real == null || real.equals(query.repoPath()) ? query : query.withRepoPath(real);
    }

    private static SearchCriteria criteria(SearchCodeQuery query) {
        PosixRegex regex = query.regex();
        boolean caseSensitive = query.caseSensitive() && (regex == null || !regex.caseInsensitive());
        return new SearchCriteria(query.mode(), query.query(), query.terms(), regex, caseSensitive,
                query.projectId(), query.repoPath(), query.pathGlob(), query.language(), query.offset(), query.limit() + 1,
                query.contextLines());
    }

    private void checkScopeIsIndexed(SearchCodeQuery query) {
        if (query.projectId() != null) {
            List<ProjectId> projects = codeSearch.indexedProjects();
            if (!projects.contains(query.projectId())) {
                throw new InvalidInputException("project_id", "Unknown project_id '" + query.projectId()
                        + "': no indexed repository belongs to it (projects with an index: "
                        + (projects.isEmpty() ? "none" : projects.stream().map(ProjectId::value)
                                .collect(Collectors.joining(", "))) + ")");
            }
        }
        if (query.repoPath() != null && !codeSearch.isIndexed(query.projectId(), query.repoPath())) {
            throw new InvalidInputException("repo_path", "repo_path " + query.repoPath() + " has no published index"
                    + (query.projectId() == null ? "" : " in project " + query.projectId())
                    + "; index it first (an index becomes searchable when its first indexing run completes)");
        }
    }
}
