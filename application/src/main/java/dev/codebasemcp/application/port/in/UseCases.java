package dev.codebasemcp.application.port.in;

import java.util.Objects;

/**
 * Every in-port of the application, built once by the wiring and handed to each interface (MCP,
 * HTTP, CLI), which calls only the ones it needs.
 */
public record UseCases(StartIndexingUseCase startIndexing, GetIndexingStatusUseCase indexingStatus,
                       ListJobsUseCase listJobs, CancelIndexingUseCase cancelIndexing,
                       ResolveProjectUseCase resolveProject, SearchCodeUseCase searchCode) {

    public UseCases {
        Objects.requireNonNull(startIndexing, "startIndexing");
        Objects.requireNonNull(indexingStatus, "indexingStatus");
        Objects.requireNonNull(listJobs, "listJobs");
        Objects.requireNonNull(cancelIndexing, "cancelIndexing");
        Objects.requireNonNull(resolveProject, "resolveProject");
        Objects.requireNonNull(searchCode, "searchCode");
    }
}
