package dev.codebasemcp.bootstrap.wiring;

import dev.codebasemcp.application.port.in.CancelIndexingUseCase;
import dev.codebasemcp.application.port.in.GetIndexingStatusUseCase;
import dev.codebasemcp.application.port.in.ListJobsUseCase;
import dev.codebasemcp.application.port.in.SearchCodeUseCase;
import dev.codebasemcp.application.port.in.StartIndexingUseCase;
import java.util.Objects;

/** What the interfaces (CLI, MCP, HTTP) may call. */
public record UseCases(StartIndexingUseCase startIndexing, GetIndexingStatusUseCase indexingStatus,
                       ListJobsUseCase listJobs, CancelIndexingUseCase cancelIndexing, SearchCodeUseCase searchCode) {

    public UseCases {
        Objects.requireNonNull(startIndexing, "startIndexing");
        Objects.requireNonNull(indexingStatus, "indexingStatus");
        Objects.requireNonNull(listJobs, "listJobs");
        Objects.requireNonNull(cancelIndexing, "cancelIndexing");
        Objects.requireNonNull(searchCode, "searchCode");
    }
}
