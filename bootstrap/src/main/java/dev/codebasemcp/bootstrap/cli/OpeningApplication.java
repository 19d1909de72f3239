package dev.codebasemcp.bootstrap.cli;

import dev.codebasemcp.application.port.in.CancelIndexingUseCase;
import dev.codebasemcp.application.port.in.GetIndexingStatusUseCase;
import dev.codebasemcp.application.port.in.JobReport;
import dev.codebasemcp.application.port.in.ListJobsQuery;
import dev.codebasemcp.application.port.in.ListJobsUseCase;
import dev.codebasemcp.application.port.in.ResolveProjectUseCase;
import dev.codebasemcp.application.port.in.SearchCodeQuery;
import dev.codebasemcp.application.port.in.SearchCodeUseCase;
import dev.codebasemcp.application.port.in.SearchResults;
import dev.codebasemcp.application.port.in.StartIndexingCommand;
import dev.codebasemcp.application.port.in.StartIndexingResult;
import dev.codebasemcp.application.port.in.StartIndexingUseCase;
import dev.codebasemcp.application.port.in.UseCases;
import dev.codebasemcp.bootstrap.wiring.CodebaseMcpApplication;
import dev.codebasemcp.domain.project.ProjectId;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application while it opens in the background (database start, migrations, worker), so the
 * MCP server can answer {@code initialize} at once. Every use case waits for the opening to end;
 * if it failed, each call says why instead of the process dying without a word to the client.
 */
final class OpeningApplication implements StartIndexingUseCase, GetIndexingStatusUseCase, ListJobsUseCase,
        CancelIndexingUseCase, ResolveProjectUseCase, SearchCodeUseCase, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OpeningApplication.class);

    private final CompletableFuture<CodebaseMcpApplication> opening;

    private OpeningApplication(CompletableFuture<CodebaseMcpApplication> opening) {
        this.opening = opening;
    }

    /** Starts {@code open} on a thread of its own and returns at once. */
    static OpeningApplication start(Supplier<CodebaseMcpApplication> open) {
        CompletableFuture<CodebaseMcpApplication> opening = new CompletableFuture<>();
        Thread.ofPlatform().name("codebase-mcp-open").daemon().start(() -> {
            try {
                opening.complete(open.get());
            } catch (RuntimeException | Error failure) {
                LOG.error("The application could not be opened; every tool call will report this", failure);
                opening.completeExceptionally(failure);
            }
        });
        return new OpeningApplication(opening);
    }

    /** The in-ports of the application, each waiting for the opening to end. */
    UseCases asUseCases() {
        return new UseCases(this, this, this, this, this, this);
    }

    /** Waits for the opening to end. */
    private UseCases useCases() {
        try {
            return opening.join().useCases();
        } catch (CompletionException failed) {
            Throwable cause = failed.getCause() == null ? failed : failed.getCause();
            throw new IllegalStateException("codebase-mcp could not open its database: " + cause.getMessage(), cause);
        }
    }

    @Override
    public StartIndexingResult start(StartIndexingCommand command) {
        return useCases().startIndexing().start(command);
    }

    @Override
    public JobReport status(String jobId) {
        return useCases().indexingStatus().status(jobId);
    }

    @Override
    public List<JobReport> list(ListJobsQuery query) {
        return useCases().listJobs().list(query);
    }

    @Override
    public JobReport cancel(String jobId) {
        return useCases().cancelIndexing().cancel(jobId);
    }

    @Override
    public ProjectId resolve(String explicitProjectId, Path workingDirectory) {
        return useCases().resolveProject().resolve(explicitProjectId, workingDirectory);
    }

    @Override
    public SearchResults search(SearchCodeQuery query) {
        return useCases().searchCode().search(query);
    }

    /** Waits for an opening still under way, then closes the application: the worker hands its jobs back. */
    @Override
    public void close() {
        CodebaseMcpApplication application;
        try {
            application = opening.join();
        } catch (CompletionException failed) {
            return;
        }
        application.close();
    }
}
