package dev.codebasemcp.adapter.mcp;

import dev.codebasemcp.application.port.in.CancelIndexingUseCase;
import dev.codebasemcp.application.port.in.GetIndexingStatusUseCase;
import dev.codebasemcp.application.port.in.ListJobsUseCase;
import dev.codebasemcp.application.port.in.ResolveProjectUseCase;
import dev.codebasemcp.application.port.in.SearchCodeUseCase;
import dev.codebasemcp.application.port.in.StartIndexingUseCase;
import java.util.Objects;

/** The application's in-ports the MCP tools call; nothing else of the application is visible here. */
public record McpUseCases(
        StartIndexingUseCase startIndexing,
        GetIndexingStatusUseCase indexingStatus,
        ListJobsUseCase listJobs,
        CancelIndexingUseCase cancelIndexing,
        ResolveProjectUseCase resolveProject,
        SearchCodeUseCase searchCode) {

    public McpUseCases {
        Objects.requireNonNull(startIndexing, "startIndexing");
        Objects.requireNonNull(indexingStatus, "indexingStatus");
        Objects.requireNonNull(listJobs, "listJobs");
        Objects.requireNonNull(cancelIndexing, "cancelIndexing");
        Objects.requireNonNull(resolveProject, "resolveProject");
        Objects.requireNonNull(searchCode, "searchCode");
    }
}
