package dev.codebasemcp.application.port.out;

import dev.codebasemcp.domain.project.ProjectId;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the published index. Only the active (complete, published) index of each repository is searched;
 * a repository being re-indexed answers from its previous index until the new one is published.
 */
public interface CodeSearch {

    /**
     * Chunks that match, at most {@code criteria.limit()}.
     * <ul>
     *   <li>literal and regex: chunks containing a line that matches, in an order the database finds cheapest;
     *       {@link ChunkHit#matchingLines()} lists the matching lines as the database decided them;</li>
     *   <li>text: chunks ranked by relevance to any of the query terms ({@link ChunkHit#score()} descending,
     *       see {@code TextRanking}), at most two of one file ahead of the rest;
     *       {@link ChunkHit#matchingLines()} is empty (the caller derives it from the tokens).</li>
     * </ul>
     *
     * @throws dev.codebasemcp.domain.InvalidInputException on field {@code query} when the database rejects
     *         the regular expression
     * @throws dev.codebasemcp.domain.search.SearchTooExpensiveException when the statement timeout cuts it off
     */
    List<ChunkHit> find(SearchCriteria criteria);

    /** Projects that have at least one repository with a published index, sorted. */
    List<ProjectId> indexedProjects();

    /** Whether the repository has a published index (in the given project, when one is given). */
    boolean isIndexed(ProjectId projectIdOrNull, Path repository);
}
