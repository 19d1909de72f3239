package dev.codebasemcp.adapter.http;

import dev.codebasemcp.application.port.in.CancelIndexingUseCase;
import dev.codebasemcp.application.port.in.GetIndexingStatusUseCase;
import dev.codebasemcp.application.port.in.ListJobsUseCase;
import dev.codebasemcp.application.port.in.SearchCodeUseCase;
import dev.codebasemcp.application.port.in.StartIndexingUseCase;
import java.util.Objects;

/** The application's use cases the HTTP API calls; nothing else of the application is reachable from here. */
public record HttpApiUseCases(
        StartIndexingUseCase startIndexing,
        GetIndexingStatusUseCase getStatus,
        ListJobsUseCase listJobs,
        CancelIndexingUseCase cancelIndexing,
        SearchCodeUseCase searchCode) {

    public HttpApiUseCases {
        Objects.requireNonNull(startIndexing, "startIndexing");
        Objects.requireNonNull(getStatus, "getStatus");
        Objects.requireNonNull(listJobs, "listJobs");
        Objects.requireNonNull(cancelIndexing, "cancelIndexing");
        Objects.requireNonNull(searchCode, "searchCode");
    }
}
