package dev.codebasemcp.application.port.in;

/** Searches the published index of every repository (or of the ones the query names); never changes anything. */
public interface SearchCodeUseCase {

    /**
     * @throws dev.codebasemcp.domain.InvalidInputException naming the field: {@code project_id} when no
     *         indexed repository belongs to the project, {@code repo_path} when the repository has no index,
     *         {@code query} when PostgreSQL rejects the regular expression
     * @throws dev.codebasemcp.domain.search.SearchTooExpensiveException when the search hits the statement timeout
     */
    SearchResults search(SearchCodeQuery query);
}
